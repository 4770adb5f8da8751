package dev.ladder.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import dev.ladder.assessment.Assessment;
import dev.ladder.catalogue.Recommendation;
import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.Level;
import dev.ladder.framework.RatingScale;
import dev.ladder.history.ReviewHistory;
import dev.ladder.report.ReportIndex;
import dev.ladder.history.StoredReview;
import dev.ladder.organisation.Employee;
import dev.ladder.review.Period;
import dev.ladder.review.Review;
import dev.ladder.web.page.DevelopmentView.DevelopmentGap;
import dev.ladder.web.page.DevelopmentView.DevelopmentHistory;
import dev.ladder.web.page.DevelopmentView.DevelopmentNeed;
import dev.ladder.web.page.DevelopmentView.DevelopmentPeriod;
import dev.ladder.web.page.DevelopmentView.DevelopmentRating;
import dev.ladder.web.page.DevelopmentView.DevelopmentRedFlag;
import dev.ladder.web.page.DevelopmentView.DevelopmentResource;
import dev.ladder.web.page.DevelopmentView.DevelopmentReview;
import dev.ladder.web.page.DevelopmentView.DevelopmentTag;

/**
 * Builds the development page of one person from the register, their stored reviews and their framework,
 * and the team table's rows; in the council's words (competency names, behaviour texts). Access is checked
 * by the caller.
 */
@Service
class DevelopmentViews {

    /** Readiness statuses best first, as the chart's readiness axis lists them. */
    private static final List<String> STATUSES = List.of("TOP_LEVEL", "READY", "DEVELOPING", "NOT_READY");

    private static final Pattern RULE_PREFIX = Pattern.compile("^Rule \"([^\"]*)\": ");

    private final Frameworks frameworks;
    private final ReviewHistory history;
    private final ReportIndex reportIndex;

    DevelopmentViews(Frameworks frameworks, ReviewHistory history, ReportIndex reportIndex) {
        this.frameworks = frameworks;
        this.history = history;
        this.reportIndex = reportIndex;
    }

    /**
     * @param self          whether the viewer is the person
     * @param recordHref    where the viewer downloads the person's record
     * @param newReviewHref "Record a review", or null
     */
    DevelopmentView of(Employee employee, boolean self, String recordHref, String newReviewHref) {
        Optional<Framework> framework = frameworks.find(employee.framework());
        List<StoredReview> current = history.of(employee.id()).stream().filter(StoredReview::current)
                .sorted(Comparator.comparing((StoredReview r) -> r.review().period(), Period.TEXT_ORDER)
                        .thenComparing(StoredReview::submittedAt))
                .toList();
        StoredReview latest = current.isEmpty() ? null : current.get(current.size() - 1);
        Optional<Level> next = framework.flatMap(f -> f.level(employee.level() + 1));
        String who = self ? "You are" : employee.name() + " is";
        return new DevelopmentView(self, self ? "My development" : employee.name(), employee.id(), employee.name(),
                employee.department(),
                framework.map(Framework::council).orElse(employee.framework()), employee.framework(),
                framework.map(Framework::title).orElse(employee.framework()),
                levelName(framework.orElse(null), employee.level()),
                framework.flatMap(f -> f.level(employee.level())).filter(l -> !l.typicalPosts().isEmpty())
                        .map(l -> String.join(", ", l.typicalPosts())).orElse(null),
                next.map(l -> levelName(framework.get(), l.rank())).orElse(null),
                next.map(l -> "/frameworks/" + employee.framework() + "/levels/" + l.rank()).orElse(null),
                latest == null ? null : review(latest, framework.orElse(null), who),
                historyOf(current, framework.orElse(null)), recordHref, newReviewHref, words(employee, self));
    }

    private static DevelopmentView.DevelopmentWords words(Employee employee, boolean self) {
        return self
                ? new DevelopmentView.DevelopmentWords("You have no review yet. When your manager records one, this"
                + " page shows how ready you are for your next level, what to show next and what to learn.",
                "What my next level expects", "Download my data (JSON)", "My readiness and ratings by review period")
                : new DevelopmentView.DevelopmentWords(employee.name() + " has no review yet. Once one is recorded,"
                + " this page shows their readiness for the next level, what to show next and what to learn.",
                "What their next level expects", "Download their data (JSON)",
                employee.name() + "'s readiness and ratings by review period");
    }

    /** "Level 2 – Team Manager", or "Level 1" where the level's name is only its number. */
    static String levelName(Framework framework, int rank) {
        String label = framework == null ? null : framework.level(rank).map(Level::label).orElse(null);
        String number = "Level " + rank;
        if (label == null || label.isBlank() || label.trim().equalsIgnoreCase(number)) {
            return number;
        }
        return number + " – " + label.trim();
    }

    static DevelopmentTag readinessTag(String status) {
        if (status == null) {
            return new DevelopmentTag("No review yet", "govuk-tag--grey");
        }
        return switch (status) {
            case "READY" -> new DevelopmentTag("Ready", "govuk-tag--green");
            case "DEVELOPING" -> new DevelopmentTag("Developing", "govuk-tag--yellow");
            case "NOT_READY" -> new DevelopmentTag("Not ready", "govuk-tag--red");
            case "TOP_LEVEL" -> new DevelopmentTag("Top level", "govuk-tag--blue");
            default -> new DevelopmentTag(status, "govuk-tag--grey");
        };
    }

    /** The rank of a status for sorting: ready first, then developing, not ready, top of the ladder. */
    static int readinessOrder(String status) {
        return switch (status == null ? "" : status) {
            case "READY" -> 0;
            case "DEVELOPING" -> 1;
            case "NOT_READY" -> 2;
            case "TOP_LEVEL" -> 3;
            default -> 4;
        };
    }

    /** A finding's explanation without its "Rule "…": " prefix, as a sentence, and the rule named after it. */
    static String plain(String because) {
        if (because == null || because.isBlank()) {
            return "";
        }
        Matcher m = RULE_PREFIX.matcher(because);
        String text = because;
        String rule = null;
        if (m.find()) {
            rule = m.group(1);
            text = because.substring(m.end());
        }
        text = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        if (!text.endsWith(".")) {
            text = text + ".";
        }
        return rule == null ? text : text + " (Rule: " + rule + ".)";
    }

    private DevelopmentReview review(StoredReview stored, Framework framework, String who) {
        Assessment assessment = stored.assessment();
        Assessment.Readiness readiness = assessment.readiness();
        String target = readiness.targetLevel() == null ? null : levelName(framework, readiness.targetLevel());
        String sentence = switch (readiness.status()) {
            case "READY" -> who + " ready for " + target + ".";
            case "DEVELOPING" -> who + " developing towards " + target + ": " + count(readiness.gaps().size(),
                    "competency", "competencies") + " of that level still "
                    + (readiness.gaps().size() == 1 ? "needs" : "need") + " more behaviours shown.";
            case "NOT_READY" -> who + " not yet ready for " + target + ".";
            case "TOP_LEVEL" -> who + " at the top level of this framework.";
            default -> who + " " + readiness.status() + ".";
        };
        List<DevelopmentGap> gaps = readiness.gaps().stream().map(g -> gap(g, framework)).toList();
        List<DevelopmentRedFlag> flags = assessment.redFlags().stream()
                .map(f -> new DevelopmentRedFlag(competencyName(framework, f.competency()), f.text(),
                        severityTag(f.severity()), plain(f.because())))
                .toList();
        List<DevelopmentNeed> needs = assessment.learningNeeds().stream()
                .sorted(Comparator.comparingInt(n -> priorityOrder(n.priority())))
                .map(n -> new DevelopmentNeed(competencyName(framework, n.competency()), priorityTag(n.priority()),
                        n.reasons().stream().map(DevelopmentViews::plain).toList(),
                        n.recommendations().stream().map(DevelopmentViews::resource).toList()))
                .toList();
        return new DevelopmentReview(assessment.period(), stored.submittedBy(), readinessTag(readiness.status()),
                sentence, plain(readiness.because()), gaps, flags, needs,
                assessment.notAssessed().stream().map(c -> competencyName(framework, c)).toList());
    }

    private static DevelopmentGap gap(Assessment.Gap gap, Framework framework) {
        List<String> behaviours = gap.missingBehaviours().isEmpty()
                ? gap.missingIndicators().stream().map(id -> framework == null ? id
                        : framework.indicator(id).map(l -> l.indicator().text()).orElse(id)).toList()
                : gap.missingBehaviours().stream().map(Assessment.Behaviour::text).toList();
        int needed = gap.needed() != null ? gap.needed() : Math.max(1, gap.required() - gap.shown());
        String sentence = "Show " + needed + " more of " + (behaviours.size() == 1 ? "this behaviour"
                : "these " + behaviours.size() + " behaviours");
        return new DevelopmentGap(competencyName(framework, gap.competency()), sentence, behaviours);
    }

    private static DevelopmentResource resource(Recommendation r) {
        String mode = r.mode() == null ? null : r.mode().label();
        if (mode != null) {
            mode = Character.toUpperCase(mode.charAt(0)) + mode.substring(1);
        }
        return new DevelopmentResource(r.title(), r.type(), r.effort(), mode, plain(r.because()));
    }

    private static DevelopmentHistory historyOf(List<StoredReview> current, Framework framework) {
        Map<String, String> columns = new LinkedHashMap<>(); // competency id -> name, framework order
        if (framework != null) {
            for (Competency c : framework.competencies()) {
                if (current.stream().anyMatch(r -> rated(r.review(), c.id()).isPresent())) {
                    columns.put(c.id(), c.title());
                }
            }
        }
        current.forEach(r -> r.review().ratings().forEach(rating -> columns.putIfAbsent(rating.competency(),
                rating.competency())));
        RatingScale scale = framework == null ? null : framework.ratingScale();
        List<DevelopmentPeriod> periods = current.stream().map(r -> new DevelopmentPeriod(r.review().period(),
                readinessTag(r.assessment().readiness().status()).text(),
                columns.keySet().stream().map(id -> rated(r.review(), id).map(v -> new DevelopmentRating(v,
                        scale == null ? String.valueOf(v) : scale.point(v).map(p -> v + " " + p.label())
                                .orElse(String.valueOf(v)))).orElse(new DevelopmentRating(null, "Not rated")))
                        .toList())).toList();
        int min = scale == null || scale.points().isEmpty() ? 1 : scale.points().get(0).value();
        int max = scale == null || scale.points().isEmpty() ? 4 : scale.points().get(scale.points().size() - 1).value();
        return new DevelopmentHistory(List.copyOf(columns.values()), periods, scale == null ? null : scale.describe(),
                min, max, STATUSES.stream().map(s -> readinessTag(s).text()).toList());
    }

    private static Optional<Integer> rated(Review review, String competency) {
        return review.ratings().stream().filter(r -> r.competency().equals(competency)).findFirst()
                .map(Review.CompetencyRating::rating);
    }

    static String competencyName(Framework framework, String id) {
        return framework == null ? id : framework.competency(id).map(Competency::title).orElse(id);
    }

    private static DevelopmentTag severityTag(String severity) {
        String words = severity == null ? "" : severity.substring(0, 1).toUpperCase(Locale.ROOT) + severity.substring(1);
        return new DevelopmentTag(words, "serious".equals(severity) ? "govuk-tag--red" : "govuk-tag--orange");
    }

    private static DevelopmentTag priorityTag(String priority) {
        return switch (priority) {
            case "high" -> new DevelopmentTag("High priority", "govuk-tag--red");
            case "medium" -> new DevelopmentTag("Medium priority", "govuk-tag--yellow");
            default -> new DevelopmentTag("Low priority", "govuk-tag--grey");
        };
    }

    private static int priorityOrder(String priority) {
        return switch (priority) {
            case "high" -> 0;
            case "medium" -> 1;
            default -> 2;
        };
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The rows of the team table for these people (their latest current review, if any). */
    /** One row per person, from the report snapshot: a team page reads nothing from the store. */
    List<TeamView.TeamRow> teamRows(List<Employee> people) {
        List<TeamView.TeamRow> rows = new ArrayList<>();
        for (Employee e : people) {
            Framework framework = frameworks.find(e.framework()).orElse(null);
            ReportIndex.Latest latest = reportIndex.latest(e.id()).orElse(null);
            String status = latest == null ? null : latest.readiness();
            rows.add(new TeamView.TeamRow(e.id(), e.name(), e.level(), levelName(framework, e.level()),
                    latest == null ? null : latest.period(), readinessTag(status), readinessOrder(status),
                    latest == null ? null : latest.redFlags(), latest == null ? null : latest.highNeeds()));
        }
        return rows;
    }
}
