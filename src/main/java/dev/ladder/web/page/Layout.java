package dev.ladder.web.page;

import java.util.List;

/**
 * What every page's frame shows: who is signed in and the menu of the pages they may open.
 *
 * @param signedInAs the user name, or null on the sign-in page
 * @param nav        the menu, in order, the current page marked
 */
record Layout(String signedInAs, List<NavItem> nav) {

    /** A menu entry. */
    record NavItem(String label, String href, boolean current) {
    }
}
