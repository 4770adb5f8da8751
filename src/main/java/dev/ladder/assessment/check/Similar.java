package dev.ladder.assessment.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The nearest name to a misspelt one (edit distance), when it is near enough to be the one meant. */
final class Similar {

    private Similar() {
    }

    static Optional<String> nearest(String wrong, Collection<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = normal(wrong);
        for (String name : names) {
            int distance = distance(w, normal(name));
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, Math.min(w.length(), best == null ? 0 : best.length()) / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
