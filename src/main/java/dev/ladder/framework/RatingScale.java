package dev.ladder.framework;

import java.util.List;
import java.util.Optional;

/** The points a review may give a competency, lowest first (default: 1 not demonstrated … 4 role model). */
public record RatingScale(String id, String title, List<Point> points) {

    public RatingScale {
        points = List.copyOf(points);
    }

    public Optional<Point> point(int value) {
        return points.stream().filter(point -> point.value() == value).findFirst();
    }

    /** {@code "1 not demonstrated, 2 developing, …"}, for error messages and explanations. */
    public String describe() {
        return String.join(", ", points.stream().map(p -> p.value() + " " + p.label()).toList());
    }

    public record Point(int value, String label) {
    }
}
