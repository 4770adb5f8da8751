package dev.ladder.assessment.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DRL text read for the checks, with comments blanked out (same length, line breaks kept, so every
 * offset is still a line and column of the file): its rules with their lines, and the literals
 * compared with a fact field ({@code framework == "leicester"}, {@code level == 4},
 * {@code indicator in ("a", "b")}) with the pattern around them.
 */
final class DrlText {

    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"([^\"\\n]*)\"|'([^'\\n]*)'|(\\S+))");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end[ \\t]*;?[ \\t]*$");
    /** {@code field ==} or {@code field !=}, up to what it is compared with. */
    private static final Pattern COMPARISON = Pattern.compile("(?<![\\w$])(\\w+)(?:\\(\\))?\\s*(?:==|!=)\\s*");
    /** {@code field in (} or {@code field not in (}, up to and with the list's opening bracket. */
    private static final Pattern IN_LIST = Pattern.compile("(?<![\\w$])(\\w+)(?:\\(\\))?\\s+(?:not\\s+)?in\\s*\\(");
    /**
     * A string literal (group 1, without its quotes) or a whole number (group 2): not a part of a
     * name ({@code $l2}) or of a decimal ({@code 2.5}).
     */
    private static final Pattern LITERAL = Pattern.compile(
            "\"((?:[^\"\\\\\\n]|\\\\.)*)\"|(?<![\\w$.])(-?\\d+)(?![\\w.])");

    final String original;
    final String code;
    private final int[] lineStarts;

    DrlText(String original) {
        this.original = original;
        this.code = blankComments(original);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < original.length(); i++) {
            if (original.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of an offset. */
    int line(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** 1-based column of an offset. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The code (comments blanked) of a 1-based line, without its line break. */
    String codeLine(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : code.length();
        return code.substring(start, Math.max(start, end)).replace("\r", "");
    }

    int offset(int line, int column) {
        return Math.min(code.length(), lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)] + column - 1);
    }

    /** The rules of the file, in order, each with the line of its {@code rule} keyword and of its {@code end}. */
    List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        Matcher m = RULE.matcher(code);
        List<int[]> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            names.add(name);
            found.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < found.size(); i++) {
            int start = found.get(i)[0];
            int limit = i + 1 < found.size() ? found.get(i + 1)[0] : code.length();
            Matcher end = END.matcher(code).region(found.get(i)[1], limit);
            Integer endLine = end.find() ? line(end.start()) : null;
            rules.add(new Rule(names.get(i), line(start), endLine, line(Math.max(start, limit - 1))));
        }
        return rules;
    }

    /**
     * Every {@code field == "literal"} or {@code field == 4} (or {@code !=}) of the code, and each
     * literal of a {@code field in ("a", "b")} (or {@code not in}) list as a comparison of its own,
     * in the order they are written.
     */
    List<Comparison> comparisons() {
        List<Comparison> comparisons = new ArrayList<>();
        Matcher m = COMPARISON.matcher(code);
        while (m.find()) {
            Matcher literal = LITERAL.matcher(code).region(m.end(), code.length());
            if (literal.lookingAt()) {
                comparisons.add(comparison(m, literal));
            }
        }
        Matcher list = IN_LIST.matcher(code);
        while (list.find()) {
            int open = list.end() - 1;
            // what is not a literal ($variables, constants) is skipped: only names written out are checked
            Matcher literal = LITERAL.matcher(code).region(open + 1, close(open));
            while (literal.find()) {
                comparisons.add(comparison(list, literal));
            }
        }
        comparisons.sort(Comparator.comparingInt(Comparison::offset));
        return comparisons;
    }

    /** The comparison of the field {@code field} found (its group 1) with the literal {@code literal} found. */
    private Comparison comparison(Matcher field, Matcher literal) {
        boolean quoted = literal.group(1) != null;
        String value = quoted ? literal.group(1).replace("\\\"", "\"") : literal.group(2);
        return new Comparison(field.group(1), value, quoted, literal.start(),
                patternType(field.start()), enclosingPattern(field.start()));
    }

    /** The text inside the parentheses around {@code offset}, or "" outside any. */
    private String enclosingPattern(int offset) {
        int open = unmatchedOpen(offset);
        if (open < 0) {
            return "";
        }
        return code.substring(open + 1, close(open));
    }

    /** The offset of the ")" that closes the "(" at {@code open}, or the end of the code when none does. */
    private int close(int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    /** The fact type written before the parentheses around {@code offset} ({@code Observation(…)}), or "". */
    private String patternType(int offset) {
        int open = unmatchedOpen(offset);
        int end = open;
        while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
            start--;
        }
        return open < 0 ? "" : code.substring(start, end);
    }

    private int unmatchedOpen(int offset) {
        int depth = 0;
        boolean quoted = false;
        for (int i = offset - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ')') {
                depth++;
            } else if (!quoted && c == '(') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** Comments replaced by spaces; string literals kept (a {@code //} inside quotes is no comment). */
    static String blankComments(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                int stop = close < 0 ? text.length() : close + 2;
                for (; i < stop; i++) {
                    if (text.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /**
     * A rule of the file.
     *
     * @param line    of its {@code rule} keyword
     * @param endLine of its {@code end}, or null when it has none before the next rule
     * @param lastLine the last line before the next rule (or the end of the file)
     */
    record Rule(String name, int line, Integer endLine, int lastLine) {
    }

    /**
     * {@code field == "value"}, {@code field == 4}, or one literal of {@code field in (…)}: the offset of
     * the literal (its opening quote, or its first digit), and the fact type and pattern text around
     * the field.
     *
     * @param value  the string without its quotes, or the number as written
     * @param quoted whether the literal is a string, not a number
     */
    record Comparison(String field, String value, boolean quoted, int offset, String objectType, String pattern) {
    }
}
