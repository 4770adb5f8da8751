package dev.ladder.organisation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an employee id may be. Ids become sign-in names, parts of resource names in the store and
 * segments of API paths ({@code /api/employees/{id}}), so a stored person must always be readable and
 * erasable through the API: 1 to {@value #MAX_LENGTH} characters, ASCII letters, digits, '-', '_' and
 * '.', starting with a letter or digit (so never '.' or '..'), and none of the built-in demo account
 * names ({@link #RESERVED}, in any case), which a person's sign-in would otherwise collide with.
 * Everything that takes an employee id from outside checks it here.
 */
public final class EmployeeId {

    public static final int MAX_LENGTH = 64;
    /** The built-in accounts' names (see security.Accounts): never a person's id. */
    public static final Set<String> RESERVED = Set.of("admin", "lnd", "analyst");
    /** The rule, for messages and documentation. */
    public static final String RULE = "1 to " + MAX_LENGTH + " characters: ASCII letters, digits, '-', '_' and '.',"
            + " starting with a letter or digit";

    private EmployeeId() {
    }

    public static boolean isValid(String id) {
        return problem(id).isEmpty();
    }

    /** Why {@code id} is not an acceptable employee id, or empty when it is. Never repeats a long id whole. */
    public static Optional<String> problem(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.of("is empty; expected " + RULE);
        }
        if (id.length() > MAX_LENGTH) {
            return Optional.of("is " + id.length() + " characters long; expected " + RULE);
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
            if (i == 0 && !letterOrDigit) {
                return Optional.of("starts with " + describe(c) + "; expected " + RULE);
            }
            if (!letterOrDigit && c != '-' && c != '_' && c != '.') {
                return Optional.of("holds " + describe(c) + " at character " + (i + 1) + "; expected " + RULE);
            }
        }
        if (RESERVED.contains(id.toLowerCase(Locale.ROOT))) {
            return Optional.of("'" + id + "' is the name of a built-in account, and ids become sign-in names; expected"
                    + " an id other than " + String.join(", ", RESERVED.stream().sorted().toList()) + " (in any case)");
        }
        return Optional.empty();
    }

    /** A character for a message: printable ASCII as itself, anything else as its code point only. */
    private static String describe(char c) {
        String code = String.format("U+%04X", (int) c);
        return c == ' ' ? "a space (" + code + ")" : c > 32 && c < 127 ? "'" + c + "' (" + code + ")" : code;
    }
}
