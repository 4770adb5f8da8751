package dev.ladder.web.page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.organisation.Employee;
import dev.ladder.review.InvalidReview;
import dev.ladder.review.Review;
import dev.ladder.review.ReviewProblem;
import dev.ladder.review.ReviewReader;
import dev.ladder.review.ReviewValidator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the review form into a {@link Review} the way the API would: the fields become the review's
 * JSON (employee, framework and level from the register), which goes through the API's own
 * {@link ReviewReader} and {@link ReviewValidator#check}; each problem's JSON path is then placed back
 * at the form field it came from. One validation for the API and the page.
 */
@Component
class ReviewFormMapper {

    private static final Pattern RATING_PATH = Pattern.compile("\\$\\.ratings\\[(\\d+)](?:\\.(\\w+))?");
    private static final Pattern OBSERVED_PATH = Pattern.compile("\\$\\.observed\\[(\\d+)](?:\\.(\\w+))?");

    private final ReviewReader reader = new ReviewReader();
    private final JsonMapper json = JsonMapper.builder().build();
    private final ReviewValidator validator;

    ReviewFormMapper(ReviewValidator validator) {
        this.validator = validator;
    }

    /** The review, or the problems at their fields (then {@code review} is null). */
    Mapped map(ReviewForm form, Employee employee, Framework framework) {
        ObjectNode body = json.createObjectNode();
        body.put("employeeId", employee.id());
        body.put("framework", employee.framework());
        body.put("level", employee.level());
        body.put("period", form.period());
        if (employee.department() != null) {
            body.put("department", employee.department());
        }
        if (employee.name() != null) {
            body.put("name", employee.name());
        }
        List<String> rated = new ArrayList<>();
        ArrayNode ratings = body.putArray("ratings");
        for (String competency : inFormOrder(framework, form)) {
            String rating = form.ratings().get(competency);
            String note = form.evidence().get(competency);
            ObjectNode node = ratings.addObject();
            node.put("competency", competency);
            if (rating != null) {
                putNumberOrText(node, rating);
            }
            if (note != null) {
                node.put("comment", note);
            }
            rated.add(competency);
        }
        List<String> observed = new ArrayList<>(inFrameworkOrder(framework, form.observed()));
        ArrayNode behaviours = body.putArray("observed");
        observed.forEach(id -> behaviours.addObject().put("indicator", id));
        try {
            return new Mapped(validator.check(reader.read(json.writeValueAsString(body))), List.of());
        } catch (InvalidReview e) {
            return new Mapped(null, place(e.problems(), rated, observed, framework));
        }
    }

    /** Problems of the review (e.g. from the register, at submission) placed at the form's fields. */
    List<ReviewFormProblem> place(InvalidReview e, ReviewForm form, Framework framework) {
        return place(e.problems(), inFormOrder(framework, form), inFrameworkOrder(framework, form.observed()), framework);
    }

    private static void putNumberOrText(ObjectNode node, String rating) {
        try {
            node.put("rating", Integer.parseInt(rating));
        } catch (NumberFormatException e) {
            node.put("rating", rating); // the reader says what is wrong with it
        }
    }

    /** The competencies rated or with a note: in framework order, then any the framework does not have. */
    private static List<String> inFormOrder(Framework framework, ReviewForm form) {
        Set<String> given = new LinkedHashSet<>(form.ratings().keySet());
        given.addAll(form.evidence().keySet());
        List<String> ordered = new ArrayList<>();
        for (Competency competency : framework.competencies()) {
            if (given.remove(competency.id())) {
                ordered.add(competency.id());
            }
        }
        ordered.addAll(given.stream().sorted().toList());
        return ordered;
    }

    private static List<String> inFrameworkOrder(Framework framework, Set<String> observed) {
        Set<String> left = new LinkedHashSet<>(observed);
        List<String> ordered = new ArrayList<>();
        framework.competencies().forEach(c -> c.indicators().forEach(i -> {
            if (left.remove(i.id())) {
                ordered.add(i.id());
            }
        }));
        ordered.addAll(left);
        return ordered;
    }

    private static List<ReviewFormProblem> place(List<ReviewProblem> problems, List<String> rated,
                                                 List<String> observed, Framework framework) {
        List<ReviewFormProblem> placed = new ArrayList<>();
        for (ReviewProblem problem : problems) {
            placed.add(place(problem, rated, observed, framework));
        }
        return placed;
    }

    private static ReviewFormProblem place(ReviewProblem problem, List<String> rated, List<String> observed,
                                           Framework framework) {
        String path = problem.path();
        String message = problem.message();
        if (path.equals("$.period")) {
            return new ReviewFormProblem(ReviewFormProblem.Field.PERIOD, null, message.startsWith("required")
                    || message.startsWith("expected a non-empty") ? "Enter the review period, for example 2026-H1"
                    : message);
        }
        Matcher rating = RATING_PATH.matcher(path);
        if (rating.matches() && Integer.parseInt(rating.group(1)) < rated.size()) {
            String competency = rated.get(Integer.parseInt(rating.group(1)));
            String title = framework.competency(competency).map(Competency::title).orElse(competency);
            if ("comment".equals(rating.group(2))) {
                return new ReviewFormProblem(ReviewFormProblem.Field.EVIDENCE, competency,
                        "The evidence for " + title + " " + message);
            }
            if ("rating".equals(rating.group(2)) && message.startsWith("required")) {
                return new ReviewFormProblem(ReviewFormProblem.Field.RATING, competency,
                        "Choose a rating for " + title + ", or clear its evidence note");
            }
            return new ReviewFormProblem(ReviewFormProblem.Field.RATING, competency, "The rating of " + title + ": "
                    + message);
        }
        Matcher behaviour = OBSERVED_PATH.matcher(path);
        if (behaviour.matches() && Integer.parseInt(behaviour.group(1)) < observed.size()) {
            String indicator = observed.get(Integer.parseInt(behaviour.group(1)));
            Optional<Framework.Located> located = framework.indicator(indicator);
            if (located.isPresent()) {
                return new ReviewFormProblem(ReviewFormProblem.Field.BEHAVIOURS, located.get().competency().id(),
                        "A behaviour of " + located.get().competency().title() + ": " + message);
            }
        }
        return new ReviewFormProblem(ReviewFormProblem.Field.GENERAL, null, message);
    }

    /** The review, when the form holds one; else its problems, at their fields. */
    record Mapped(Review review, List<ReviewFormProblem> problems) {
    }
}
