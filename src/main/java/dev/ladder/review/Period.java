package dev.ladder.review;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review period: a year ({@code 2026}), a half ({@code 2026-H1}), a quarter ({@code 2026-Q2}) or a
 * month ({@code 2026-05}), in ASCII digits.
 * <p>
 * Periods order by the month they end in, and of two that end together the longer one (which starts
 * first) comes first: {@code 2026-01 < 2026-Q1 < 2026-H1 < 2026-Q2 < 2026-06 < … < 2026 < 2026-Q4 < 2026-12}.
 * A review is written when its period is over, so a mid-year review ({@code 2026-H1}) comes before the
 * year-end review ({@code 2026}) and is its "previous review".
 *
 * @param text  as written
 * @param first first month of the period
 * @param last  last month of the period
 */
public record Period(String text, YearMonth first, YearMonth last) implements Comparable<Period> {

    /** The accepted formats, for messages. */
    public static final String FORMATS = "a year (2026), a half (2026-H1, 2026-H2), a quarter (2026-Q1 … 2026-Q4)"
            + " or a month (2026-01 … 2026-12)";

    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?");

    private static final Comparator<Period> ORDER =
            Comparator.comparing(Period::last).thenComparing(Period::first);

    /**
     * Orders period texts as periods; texts that are not periods (stored before the format was
     * enforced) come before every period, in text order, so that old data still sorts consistently.
     */
    public static final Comparator<String> TEXT_ORDER = (a, b) -> {
        Optional<Period> pa = parse(a);
        Optional<Period> pb = parse(b);
        if (pa.isPresent() && pb.isPresent()) {
            return pa.get().compareTo(pb.get());
        }
        if (pa.isPresent() != pb.isPresent()) {
            return pa.isPresent() ? 1 : -1;
        }
        return a.compareTo(b);
    };

    /** The period {@code text} names, or empty when it is not in one of the {@link #FORMATS}. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (part == null) {
            return Optional.of(new Period(text, YearMonth.of(year, 1), YearMonth.of(year, 12)));
        }
        int months = switch (part.charAt(0)) {
            case 'H' -> 6;
            case 'Q' -> 3;
            default -> 1;
        };
        int index = part.charAt(0) == 'H' || part.charAt(0) == 'Q' ? part.charAt(1) - '0' : Integer.parseInt(part);
        YearMonth first = YearMonth.of(year, (index - 1) * months + 1);
        return Optional.of(new Period(text, first, first.plusMonths(months - 1)));
    }

    /** Why {@code text} is not a period, or empty when it is one. */
    public static Optional<String> problem(String text) {
        return parse(text).isPresent() ? Optional.empty()
                : Optional.of("'" + text + "' is not a review period; expected " + FORMATS);
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return text;
    }
}
