package dev.ladder.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dev.ladder.framework.Text;
import dev.ladder.organisation.Csv;
import dev.ladder.organisation.CsvProblem;
import dev.ladder.organisation.EmployeeId;
import dev.ladder.organisation.InvalidCsv;
import dev.ladder.organisation.Organisation;
import dev.ladder.review.InvalidReview;
import dev.ladder.review.Review;
import dev.ladder.review.ReviewProblem;
import dev.ladder.review.ReviewValidator;

/**
 * Reads many reviews from one CSV file (documented in {@code docs/bulk.md}, example in
 * {@code docs/examples/reviews.csv}):
 * <pre>employee_id,framework,level,period,department,ratings,observed</pre>
 * with {@code ratings} as {@code competency=rating;competency=rating} and {@code observed} as
 * {@code indicator;indicator}. Every row is checked: its structure; acceptable {@link Text} in every
 * cell, an {@link EmployeeId} and numbers in ASCII digits; the checks a review sent as JSON
 * gets ({@link ReviewValidator}; its JSON path becomes the column, its message is kept); that the
 * person is in the organisation register under that framework and at that level; and that no person has two rows of
 * one period. Any problem rejects the whole file with {@link InvalidCsv}, listing every problem by
 * line and column.
 */
@Component
public class ReviewCsv {

    public static final List<String> HEADER =
            List.of("employee_id", "framework", "level", "period", "department", "ratings", "observed");

    /** A problem's path in a batch: {@code $[3].ratings[0].rating}. */
    private static final Pattern BATCH_PATH = Pattern.compile("^\\$\\[(\\d+)\\](.*)$");

    private final ReviewValidator validator;
    private final Organisation organisation;

    public ReviewCsv(ReviewValidator validator, Organisation organisation) {
        this.validator = validator;
        this.organisation = organisation;
    }

    /** One review of the file and the line its row starts on. */
    public record Row(int line, Review review) {
    }

    /** Every review of the file, in file order, checked against the frameworks and the register. */
    public List<Row> read(String text) {
        return read(text, true);
    }

    /**
     * The same without the register check: for assessing a file without storing it (the command
     * line), where the people need not be in the register.
     */
    public List<Row> readWithoutRegister(String text) {
        return read(text, false);
    }

    private List<Row> read(String text, boolean register) {
        List<Csv.Row> rows = Csv.parse(text == null ? "" : text);
        if (rows.isEmpty() || !rows.get(0).cells().stream().map(String::strip).toList().equals(HEADER)) {
            throw new InvalidCsv(List.of(new CsvProblem(1, null, "expected the header " + String.join(",", HEADER)
                    + (rows.isEmpty() ? "; the file is empty"
                    : "; found " + Csv.shown(String.join(",", rows.get(0).cells()))))));
        }
        List<CsvProblem> problems = new ArrayList<>();
        List<Row> reviews = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.cells().size() != HEADER.size()) {
                problems.add(new CsvProblem(row.line(), null, "expected " + HEADER.size() + " cells ("
                        + String.join(",", HEADER) + "), found " + row.cells().size()));
                continue;
            }
            Review review = review(row, problems);
            String employeeId = row.cell(0);
            if (register && EmployeeId.isValid(employeeId)) {
                ReviewService.registerProblems(organisation, employeeId, row.cell(1).isEmpty() ? null : row.cell(1),
                                review == null ? null : review.level())
                        .forEach(p -> problems.add(CsvProblem.at(row.line(), HEADER, column(p.path()), p.message())));
            }
            if (review == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(review.employeeId() + "\t" + review.period(), row.line());
            if (first != null) {
                problems.add(problem(row, "period", "employee '" + review.employeeId()
                        + "' already has a review of period '" + review.period() + "' on line " + first));
            }
            try {
                validator.validate(review);
                reviews.add(new Row(row.line(), review));
            } catch (InvalidReview e) {
                e.problems().forEach(p -> problems.add(CsvProblem.at(row.line(), HEADER, column(p.path()), p.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCsv(problems);
        }
        return reviews;
    }

    /**
     * A batch of the file's reviews rejected after reading (e.g. by {@link ReviewService#submitAll}, if
     * the register changed meanwhile), as the file's problems: {@code $[i].…} paths become lines and columns.
     */
    public static InvalidCsv rejected(List<Row> rows, InvalidReview rejected) {
        List<CsvProblem> problems = new ArrayList<>();
        for (ReviewProblem problem : rejected.problems()) {
            Matcher at = BATCH_PATH.matcher(problem.path());
            if (at.matches() && Integer.parseInt(at.group(1)) < rows.size()) {
                problems.add(CsvProblem.at(rows.get(Integer.parseInt(at.group(1))).line(), HEADER,
                        column("$" + at.group(2)), problem.message()));
            } else {
                problems.add(new CsvProblem(1, null, problem.message()));
            }
        }
        return new InvalidCsv(problems);
    }

    /** The review a row holds, or null (with its problems recorded) when its cells cannot make one. */
    private static Review review(Csv.Row row, List<CsvProblem> problems) {
        int before = problems.size();
        for (int i = 0; i < HEADER.size(); i++) {
            String column = HEADER.get(i);
            Text.problem(row.cell(i)).ifPresent(p -> problems.add(problem(row, column, p)));
        }
        if (problems.size() != before) {
            return null;
        }
        String employeeId = row.required(0, HEADER, problems);
        if (employeeId != null) {
            EmployeeId.problem(employeeId).ifPresent(p -> problems.add(problem(row, "employee_id", "employee id " + p)));
        }
        String framework = row.required(1, HEADER, problems);
        Integer level = null;
        String levelCell = row.cell(2);
        if (levelCell.isEmpty()) {
            problems.add(problem(row, "level", "required; expected a whole number"));
        } else {
            level = Csv.wholeNumber(levelCell);
            if (level == null) {
                problems.add(problem(row, "level", "expected a whole number in ASCII digits (0-9), found "
                        + Csv.shown(levelCell)));
            }
        }
        String period = row.required(3, HEADER, problems);
        String department = row.cell(4).isEmpty() ? null : row.cell(4);
        List<Review.CompetencyRating> ratings = new ArrayList<>();
        List<String> items = items(row.cell(5));
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            int equals = item.indexOf('=');
            String where = "rating " + (i + 1) + " '" + item + "': ";
            if (equals < 0 || item.indexOf('=', equals + 1) >= 0) {
                problems.add(problem(row, "ratings", where
                        + "expected competency=rating, e.g. customer-focus=3, separated by ';'"));
                continue;
            }
            String competency = item.substring(0, equals).strip();
            String value = item.substring(equals + 1).strip();
            if (competency.isEmpty()) {
                problems.add(problem(row, "ratings", where + "the competency id is missing"));
                continue;
            }
            Integer rating = Csv.wholeNumber(value);
            if (rating == null) {
                problems.add(problem(row, "ratings", where + "expected a whole number in ASCII digits (0-9) after '=',"
                        + " found " + Csv.shown(value)));
            } else {
                ratings.add(new Review.CompetencyRating(competency, rating, null));
            }
        }
        List<Review.ObservedBehaviour> observed = new ArrayList<>();
        for (String item : items(row.cell(6))) {
            if (item.contains("=") || item.contains(" ")) {
                problems.add(problem(row, "observed", "'" + item
                        + "' is not an indicator id; expected ids separated by ';', e.g. customer-focus-p01;customer-focus-n02"));
            } else {
                observed.add(new Review.ObservedBehaviour(item, null));
            }
        }
        if (problems.size() != before) {
            return null;
        }
        return new Review(employeeId, framework, level, period, department, null, ratings, observed);
    }

    private static CsvProblem problem(Csv.Row row, String column, String message) {
        return CsvProblem.at(row.line(), HEADER, column, message);
    }

    /** The items of a ';'-separated cell, stripped; empty items (e.g. after a trailing ';') are skipped. */
    private static List<String> items(String cell) {
        List<String> items = new ArrayList<>();
        for (String item : cell.split(";")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** The column a problem's JSON path points into: {@code $.ratings[1].rating} is the column {@code ratings}. */
    static String column(String path) {
        String field = path.startsWith("$.") ? path.substring(2).split("[.\\[]", 2)[0] : "";
        return switch (field) {
            case "employeeId" -> "employee_id";
            case "framework", "level", "period", "department", "ratings", "observed" -> field;
            default -> null;
        };
    }
}
