package dev.ladder.assessment.check;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ladder.assessment.RuleProblem;

/**
 * Drools' messages about a DRL file, put where the mistake is. A parser error names the token where
 * Drools gave up, usually the first one after the mistake: it is moved back to the end of the
 * unfinished line, to where a rule's missing {@code end} belongs, or to the line with an unclosed
 * quote. A compile error in a rule's actions, reported at its {@code rule} line, is moved to the line
 * that uses the name it is about. Columns count from 1.
 */
final class DrlPositions {

    private static final Pattern PARSER_AT = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern MVEL_AT = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '([^']*)'(?: in rule \"([^\"]*)\")?");

    private DrlPositions() {
    }

    static RuleProblem place(RuleProblem problem, DrlText drl) {
        String message = problem.message();
        Integer line = problem.line();
        Integer column = problem.column();
        Matcher at = PARSER_AT.matcher(message);
        Matcher mvel = MVEL_AT.matcher(message);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2)) + 1; // the parser counts columns from 0
        } else if (mvel.find()) {
            line = Integer.parseInt(mvel.group(1));
            column = Integer.parseInt(mvel.group(2)) + 1;
        }
        Matcher mismatched = MISMATCHED.matcher(message);
        if (mismatched.find() && line != null) {
            return mismatched(problem, drl, line, column == null ? 1 : column, mismatched.group(1), mismatched.group(2));
        }
        DrlText.Rule rule = line == null ? null : ruleAt(drl, line);
        String code = rule == null ? drl.code : lines(drl, rule.line(), rule.lastLine());
        // a compile error in a rule's actions is reported at its "rule" line: find the name it is about
        if (rule != null && line == rule.line()) {
            Optional<String> token = Positions.token(message);
            if (token.isPresent()) {
                for (int l = rule.line() + 1; l <= rule.lastLine(); l++) {
                    int c = Positions.indexOfWord(drl.codeLine(l), token.get());
                    if (c >= 0) {
                        line = l;
                        column = c + 1;
                        break;
                    }
                }
            }
        }
        if (line != null && column == null) {
            Optional<String> token = Positions.token(message);
            if (token.isPresent() && Positions.indexOfWord(drl.codeLine(line), token.get()) >= 0) {
                column = Positions.indexOfWord(drl.codeLine(line), token.get()) + 1;
            }
        }
        return Positions.withHint(new RuleProblem(problem.file(), line, column, message, problem.hint()), code);
    }

    private static RuleProblem mismatched(RuleProblem problem, DrlText drl, int line, int column, String token,
                                          String ruleName) {
        String message = Positions.condense(problem.message());
        // an unclosed quote swallows the rest of its line: it is the real mistake
        for (int l = 1; l <= Math.min(line, drl.lineCount()); l++) {
            if (quotes(drl.codeLine(l)) % 2 == 1) {
                return new RuleProblem(problem.file(), l, drl.codeLine(l).indexOf('"') + 1, message,
                        "A quote (\") opened on line " + l + " is not closed: close the text with a second quote on the same line.");
            }
        }
        // a rule without "end" runs into the next one
        for (DrlText.Rule rule : drl.rules()) {
            boolean named = ruleName != null && ruleName.equals(rule.name());
            boolean around = rule.line() <= line && line <= rule.lastLine() + 1;
            if (rule.endLine() == null && (named || around || token.contains("<eof>") || token.isEmpty())) {
                int last = lastCodeLine(drl, rule.lastLine());
                return new RuleProblem(problem.file(), last + 1, 1, message, "Rule \"" + rule.name() + "\" (line "
                        + rule.line() + ") has no \"end\": write a line \"end\" after its last action, line " + last + ".");
            }
        }
        String before = drl.codeLine(line).substring(0, Math.min(Math.max(0, column - 1), drl.codeLine(line).length()));
        if (!before.isBlank() || line == 1) {
            return new RuleProblem(problem.file(), line, column, message, "Drools did not expect '" + token
                    + "' here, at line " + line + ", column " + column + ": look for a misspelt keyword (when, then, end),"
                    + " or a missing bracket, comma or quote just before it.");
        }
        // Drools stopped at the first word of the line: the line before it is the one left unfinished
        int previous = lastCodeLine(drl, line - 1);
        String text = drl.codeLine(previous);
        DrlText.Rule rule = ruleAt(drl, previous);
        int open = rule == null ? 0 : parentheses(lines(drl, rule.line(), previous));
        String why = open > 0 ? "a bracket \"(\" is not closed: add \")\" at the end of line " + previous
                : open < 0 ? "there is a \")\" too many by line " + previous
                : "look at the end of line " + previous + " for a missing bracket, comma or operator";
        return new RuleProblem(problem.file(), previous, text.stripTrailing().length() + 1, message,
                "Drools stopped at '" + token + "' on line " + line + " because line " + previous
                        + " is not finished: " + why + ".");
    }

    private static DrlText.Rule ruleAt(DrlText drl, int line) {
        DrlText.Rule found = null;
        for (DrlText.Rule rule : drl.rules()) {
            if (rule.line() <= line) {
                found = rule;
            }
        }
        return found;
    }

    private static int lastCodeLine(DrlText drl, int from) {
        int l = Math.min(from, drl.lineCount());
        while (l > 1 && drl.codeLine(l).isBlank()) {
            l--;
        }
        return Math.max(1, l);
    }

    private static String lines(DrlText drl, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int l = from; l <= to; l++) {
            text.append(drl.codeLine(l)).append('\n');
        }
        return text.toString();
    }

    private static int quotes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }

    private static int parentheses(String code) {
        int open = 0;
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                open++;
            } else if (!quoted && c == ')') {
                open--;
            }
        }
        return open;
    }

}
