package dev.ladder.web.page;

/** A link on the frameworks' pages: the text to show and where it goes. */
record FrameworkPageLink(String text, String href) {
}
