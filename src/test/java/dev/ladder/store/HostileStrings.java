package dev.ladder.store;

import java.util.List;

/**
 * Strings that would change a SPARQL request's shape if pasted into its text, and others that are merely
 * awkward. Every one is well-formed Unicode (no unpaired surrogates): what may reach the store.
 */
public final class HostileStrings {

    public static final List<String> ALL = List.of(
            "",
            "\"",
            "'",
            "a\"b",
            "a'b''c",
            "back\\slash",
            "ends with a backslash\\",
            "\\\"",
            "\\u0022 and \\n written out",
            "MK0001\nx",
            "carriage\rreturn\r\nand tab\t",
            "\"} } ; DROP ALL ; #",
            "\" } } ; DROP ALL ; INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> \"c\" } } #",
            "> <urn:x>",
            "x> <urn:p> \"v\" } } ; DROP ALL ; #",
            "<urn:ladder:review:x>",
            "?var",
            "$var",
            "?employee ?period ?new ?about ?r ?subject ?id",
            "$employee$period",
            "x\" || true || \"",
            "E1\" || ?r = ?r || \"",
            "'''triple single''' \"\"\"triple double\"\"\"",
            "# comment",
            "{ } ( ) [ ] . ; , * ^^ @en",
            "%0A%3E%22 encoded-looking",
            "a b+c/d?e#f&g=h",
            "Zoë Ångström, 東京, Ελλάδα, עברית, العربية",
            "emoji \uD83D\uDE00 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 and astral \uD834\uDD1E",
            "line\u2028separator\u2029paragraph \u0085next \u200Bzero-width \u202Eright-to-left",
            "x".repeat(10_000),
            ("\"} } ; DROP ALL ; #\n\\?v$w>" + "é").repeat(10_240 / 24));

    private HostileStrings() {
    }
}
