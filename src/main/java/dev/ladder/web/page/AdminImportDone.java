package dev.ladder.web.page;

/** A stored upload, for the success banner: which form, how many ("12 people imported") and from what. */
record AdminImportDone(String kind, String heading, String detail) implements java.io.Serializable {
}
