package dev.ladder.web.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.ladder.assessment.Assessment;
import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Level;
import dev.ladder.framework.Polarity;
import dev.ladder.framework.RatingScale;
import dev.ladder.organisation.Employee;

/** Builds {@link ReviewFormView} from the register, the framework, what was entered and what was found. */
final class ReviewFormViews {

    private ReviewFormViews() {
    }

    static ReviewFormView of(Employee employee, Framework framework, ReviewForm form, List<ReviewFormProblem> problems,
                             String supersedes, Assessment preview) {
        int rank = employee.level();
        Optional<Integer> nextRank = framework.nextRank(rank);
        Framework here = framework.expectedAt(rank);
        Framework there = nextRank.map(framework::expectedAt).orElse(null);
        String nextTag = nextRank.map(r -> "Level " + r).orElse(null);

        List<ReviewFormView.Block> current = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Competency competency : here.competencies()) {
            listed.add(competency.id());
            List<Indicator> later = there == null ? List.of() : there.competency(competency.id())
                    .map(c -> c.indicators().stream().filter(i -> !competency.indicators().contains(i)).toList())
                    .orElse(List.of());
            current.add(block(competency, competency.indicators(), later, nextTag, framework.ratingScale(), form, problems));
        }
        List<ReviewFormView.Block> next = new ArrayList<>();
        if (there != null) {
            for (Competency competency : there.competencies()) {
                if (!listed.contains(competency.id())) {
                    next.add(block(competency, competency.indicators(), List.of(), null, framework.ratingScale(), form,
                            problems));
                }
            }
        }
        // The summary lists the problems in the order of the form's fields
        List<String> order = new ArrayList<>();
        current.forEach(b -> order.add(b.id()));
        next.forEach(b -> order.add(b.id()));
        List<ReviewFormView.Link> errors = problems.stream()
                .sorted(java.util.Comparator.comparingInt((ReviewFormProblem p) -> switch (p.field()) {
                    case GENERAL -> -2;
                    case PERIOD -> -1;
                    default -> order.indexOf(p.competency()) < 0 ? order.size() : order.indexOf(p.competency());
                }).thenComparingInt(p -> p.field().ordinal()))
                .map(p -> new ReviewFormView.Link("#" + p.anchor(), p.message())).toList();
        String frameworkText = framework.council() == null || framework.title().contains(framework.council())
                ? framework.title() : framework.title() + " (" + framework.council() + ")";
        return new ReviewFormView(employee.id(), employee.name(), employee.department(), frameworkText, levelText(framework, rank), nextRank.map(r -> levelText(framework, r)).orElse(null),
                form.period(), message(problems, ReviewFormProblem.Field.PERIOD, null), List.copyOf(current),
                List.copyOf(next), errors, supersedes, preview == null ? null : preview(preview, framework),
                "/people/" + employee.id() + "/reviews/new");
    }

    /** "Level 2 – Senior officer (Team Leaders, Specialists)": the label left out where it only says "Level 2". */
    static String levelText(Framework framework, int rank) {
        Optional<Level> level = framework.level(rank);
        StringBuilder text = new StringBuilder("Level ").append(rank);
        String label = level.map(Level::label).orElse(null);
        if (label != null && !label.isBlank() && !label.strip().equalsIgnoreCase("level " + rank)) {
            text.append(" – ").append(label.strip());
        }
        List<String> posts = level.map(Level::typicalPosts).orElse(List.of());
        if (!posts.isEmpty()) {
            text.append(" (").append(String.join(", ", posts)).append(')');
        }
        return text.toString();
    }

    private static ReviewFormView.Block block(Competency competency, List<Indicator> expected, List<Indicator> later,
                                              String laterTag, RatingScale scale, ReviewForm form,
                                              List<ReviewFormProblem> problems) {
        String id = competency.id();
        String name = ReviewForm.RATING + id;
        String chosen = form.ratings().get(id);
        List<ReviewFormView.Choice> choices = new ArrayList<>();
        for (RatingScale.Point point : scale.points()) {
            String value = Integer.toString(point.value());
            choices.add(new ReviewFormView.Choice(choices.isEmpty() ? name : name + "-" + value, value,
                    point.value() + " " + point.label(), value.equals(chosen)));
        }
        choices.add(new ReviewFormView.Choice(name + "-none", "", "Not rated", chosen == null));
        List<ReviewFormView.Behaviour> positive = new ArrayList<>();
        List<ReviewFormView.Behaviour> negative = new ArrayList<>();
        expected.forEach(i -> (i.polarity() == Polarity.NEGATIVE ? negative : positive).add(behaviour(i, null, form)));
        later.forEach(i -> (i.polarity() == Polarity.NEGATIVE ? negative : positive).add(behaviour(i, laterTag, form)));
        return new ReviewFormView.Block(id, competency.title(), competency.definition(), name, name, List.copyOf(choices),
                message(problems, ReviewFormProblem.Field.RATING, id), ReviewForm.EVIDENCE + id,
                form.evidence().getOrDefault(id, ""), message(problems, ReviewFormProblem.Field.EVIDENCE, id),
                "behaviours-" + id, message(problems, ReviewFormProblem.Field.BEHAVIOURS, id),
                List.copyOf(positive), List.copyOf(negative));
    }

    private static ReviewFormView.Behaviour behaviour(Indicator indicator, String level, ReviewForm form) {
        return new ReviewFormView.Behaviour("observed-" + indicator.id(), indicator.id(), indicator.text(), level,
                form.observed().contains(indicator.id()));
    }

    /** The messages at one field, joined; null when it has none. */
    private static String message(List<ReviewFormProblem> problems, ReviewFormProblem.Field field, String competency) {
        List<String> messages = problems.stream()
                .filter(p -> p.field() == field && Objects.equals(p.competency(), competency))
                .map(ReviewFormProblem::message).toList();
        return messages.isEmpty() ? null : String.join("; ", messages);
    }

    static ReviewFormView.Preview preview(Assessment assessment, Framework framework) {
        Function<String, String> title = id -> framework.competency(id).map(Competency::title).orElse(id);
        Map<String, String> texts = framework.competencies().stream().flatMap(c -> c.indicators().stream())
                .collect(Collectors.toMap(Indicator::id, Indicator::text, (a, b) -> a));
        Assessment.Readiness readiness = assessment.readiness();
        List<ReviewFormView.GapItem> gaps = readiness.gaps().stream().map(gap -> {
            List<String> behaviours = gap.missingBehaviours().isEmpty()
                    ? gap.missingIndicators().stream().map(i -> texts.getOrDefault(i, i)).toList()
                    : gap.missingBehaviours().stream().map(Assessment.Behaviour::text).toList();
            int needed = gap.needed() == null ? Math.max(1, gap.required() - gap.shown()) : gap.needed();
            String summary = "Show " + needed + " more of " + (behaviours.size() == 1 ? "this behaviour"
                    : "these " + behaviours.size() + " behaviours");
            return new ReviewFormView.GapItem(title.apply(gap.competency()), summary, behaviours);
        }).toList();
        List<ReviewFormView.FlagItem> flags = assessment.redFlags().stream()
                .map(f -> new ReviewFormView.FlagItem(title.apply(f.competency()), f.text(), f.severity(), f.because()))
                .toList();
        List<ReviewFormView.NeedItem> needs = assessment.learningNeeds().stream()
                .map(n -> new ReviewFormView.NeedItem(title.apply(n.competency()), n.priority(), n.reasons(),
                        n.recommendations().stream().map(r -> new ReviewFormView.RecommendationItem(r.title(), r.type(),
                                r.effort(), r.mode() == null ? null : r.mode().label(), r.because())).toList()))
                .toList();
        return new ReviewFormView.Preview(readinessSentence(readiness, framework), readiness.because(), gaps, flags,
                needs, assessment.notAssessed().stream().map(title).toList());
    }

    private static String readinessSentence(Assessment.Readiness readiness, Framework framework) {
        String target = readiness.targetLevel() == null ? "the next level"
                : levelText(framework, readiness.targetLevel());
        return switch (readiness.status()) {
            case "READY" -> "Ready for " + target + ".";
            case "DEVELOPING" -> "Developing towards " + target + ": not ready yet.";
            case "NOT_READY" -> "Not ready for " + target + " yet.";
            case "TOP_LEVEL" -> "At the top level of the framework: there is no next level.";
            default -> readiness.status();
        };
    }
}
