package dev.ladder.assessment.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ladder.assessment.RuleProblem;

/**
 * Puts Drools' messages where the analyst made the mistake: at the row and column of a decision table
 * ({@link TablePositions}) or the right line of a DRL file ({@link DrlPositions}). Drools' message is
 * kept, condensed to one line; a hint says it in plain English ({@link Hints}).
 */
final class Positions {

    private static final Pattern QUOTED = Pattern.compile("'([^'\\s]+)'|\"([^\"\\s]+)\"");

    private Positions() {
    }

    static List<RuleProblem> place(Map<String, byte[]> files, List<RuleProblem> raw) {
        List<RuleProblem> placed = new ArrayList<>();
        for (RuleProblem problem : raw) {
            byte[] bytes = files.get(problem.file());
            if (problem.message().contains("Parser returned a null Package")
                    && raw.stream().anyMatch(p -> p != problem && p.file().equals(problem.file()))) {
                continue; // only says that the errors above it stopped the file
            }
            if (bytes == null) {
                placed.add(withHint(problem, null));
            } else if (TableFile.isTable(problem.file())) {
                placed.add(TablePositions.place(problem, bytes));
            } else {
                placed.add(DrlPositions.place(problem, new DrlText(new String(bytes, StandardCharsets.UTF_8))));
            }
        }
        return List.copyOf(new LinkedHashSet<>(placed));
    }

    /** Drools' message without its ASCII-art pointer lines, on one line. */
    static String condense(String message) {
        List<String> kept = new ArrayList<>();
        for (String line : message.strip().split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("[Near") || l.matches("\\^.*") || l.startsWith("[Line:")) {
                continue;
            }
            kept.add(l.startsWith("[Error: ") ? l.substring(8, l.endsWith("]") ? l.length() - 1 : l.length()) : l);
        }
        return String.join(" ", kept).replaceAll("\\s+", " ");
    }

    static RuleProblem withHint(RuleProblem problem, String code) {
        String hint = problem.hint() != null ? problem.hint() : Hints.forMessage(problem.message(), code).orElse(null);
        return new RuleProblem(problem.file(), problem.line(), problem.column(), condense(problem.message()), hint);
    }

    /** The name a message is about: "X cannot be resolved", 'X', "X". */
    static Optional<String> token(String message) {
        for (Pattern p : List.of(Hints.UNKNOWN_TYPE, Hints.NOT_A_TYPE, Hints.NOT_A_FIELD, Hints.NOT_RESOLVED, Hints.STRICT)) {
            Matcher m = p.matcher(message);
            if (m.find()) {
                String name = p == Hints.STRICT ? m.group(2) : m.group(1);
                return Optional.of(name.substring(name.lastIndexOf('.') + 1));
            }
        }
        Matcher q = QUOTED.matcher(message);
        return q.find() ? Optional.of(q.group(1) != null ? q.group(1) : q.group(2)) : Optional.empty();
    }

    static int indexOfWord(String text, String word) {
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])").matcher(text);
        return m.find() ? m.start() : -1;
    }

}
