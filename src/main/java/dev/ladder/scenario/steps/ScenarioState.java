package dev.ladder.scenario.steps;

import static dev.ladder.scenario.steps.ScenarioFailure.expect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.ladder.assessment.Assessment;
import dev.ladder.assessment.Assessor;
import dev.ladder.assessment.RuleSet;
import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Polarity;
import dev.ladder.review.ReviewProblem;
import dev.ladder.review.ReviewValidator;

/**
 * What one scenario works with: the services of this process and the rule set under test (the one in
 * service, or a draft), and what the scenario has built so far: the employee, their review, the
 * assessment or the problems it was rejected with. A new one for every scenario.
 */
public final class ScenarioState {

    final Frameworks frameworks;
    final ReviewValidator validator;
    final Assessor assessor;
    final RuleSet rules;
    final Consumer<String> firedRules;

    Framework framework;
    int level;
    Framework currentLevel;
    Framework nextLevel;
    ReviewBuilder review;
    ReviewBuilder previous;
    Assessment assessment;
    List<ReviewProblem> problems;

    /**
     * @param firedRules told the name of every rule that fires while a scenario assesses a review
     */
    public ScenarioState(Frameworks frameworks, ReviewValidator validator, Assessor assessor, RuleSet rules,
                         Consumer<String> firedRules) {
        this.frameworks = frameworks;
        this.validator = validator;
        this.assessor = assessor;
        this.rules = rules;
        this.firedRules = firedRules;
    }

    // ------------------------------------------------------------------ the employee and their framework

    void employee(Framework framework, int level) {
        expect(framework.level(level).isPresent(), () -> framework.council() + " has no level " + level
                + "; its levels are " + framework.levels().stream().map(l -> String.valueOf(l.rank()))
                .collect(Collectors.joining(", ")) + ".");
        this.framework = framework;
        this.level = level;
        this.currentLevel = framework.expectedAt(level);
        this.nextLevel = framework.nextRank(level).map(framework::expectedAt).orElse(null);
        this.review = new ReviewBuilder(framework.id(), level, "2026");
    }

    ReviewBuilder review() {
        expect(review != null, "The scenario has no employee yet: start it with a sentence such as "
                + "\"Given a Milton Keynes employee at level 2\".");
        return review;
    }

    String council() {
        return framework.council();
    }

    /** A competency by title: of the employee's level, else of the next level, else anywhere in the framework. */
    Competency competency(String title) {
        review();
        return find(title, currentLevel, nextLevel, framework)
                .orElseThrow(() -> new ScenarioFailure("The " + council() + " framework has no competency \"" + title
                        + "\". Write the title exactly as the council does" + nearest(title) + "."));
    }

    /** A competency of the next level by title, as the next level expects it. */
    Competency nextLevelCompetency(String title) {
        review();
        expect(nextLevel != null, () -> "Level " + level + " is the top of the " + council()
                + " framework, so there is no next level to show \"" + title + "\" in.");
        return find(title, nextLevel).orElseThrow(() -> new ScenarioFailure("\"" + title
                + "\" is not a competency of level " + (level + 1) + " in the " + council() + " framework."));
    }

    private Optional<Competency> find(String title, Framework... views) {
        for (Framework view : views) {
            if (view != null) {
                List<Competency> found = view.competencies().stream().filter(c -> c.title().equals(title)).toList();
                expect(found.size() <= 1, () -> "The " + council() + " framework has " + found.size()
                        + " competencies titled \"" + title + "\".");
                if (!found.isEmpty()) {
                    return Optional.of(found.get(0));
                }
            }
        }
        return Optional.empty();
    }

    private String nearest(String title) {
        return framework.competencies().stream().map(Competency::title)
                .filter(t -> t.equalsIgnoreCase(title)).findFirst().map(t -> " (did you mean \"" + t + "\"?)").orElse("");
    }

    /**
     * A behaviour by its text: among those this level or the next expects (in the competency named, if
     * one is), else anywhere in the framework. A text the council uses in two competencies needs the
     * competency named.
     */
    String indicatorId(String text, String competency) {
        review();
        Predicate<Competency> inCompetency = c -> competency == null || c.title().equals(competency);
        for (List<Framework> views : List.of(java.util.Arrays.asList(currentLevel, nextLevel), List.of(framework))) {
            Set<String> ids = new LinkedHashSet<>();
            for (Framework view : views) {
                if (view != null) {
                    view.competencies().stream().filter(inCompetency).flatMap(c -> c.indicators().stream())
                            .filter(i -> i.text().equals(text)).forEach(i -> ids.add(i.id()));
                }
            }
            expect(ids.size() <= 1, () -> "The " + council() + " framework writes \"" + text
                    + "\" in more than one competency; name the competency, as in "
                    + "the reviewer observed \"" + text + "\" in \"<competency>\".");
            if (!ids.isEmpty()) {
                return ids.iterator().next();
            }
        }
        throw new ScenarioFailure("The " + council() + " framework has no behaviour \"" + text + "\""
                + (competency == null ? "" : " in \"" + competency + "\"")
                + ". Copy the behaviour exactly as the council writes it.");
    }

    /** The positive behaviours a competency gains at the next level. */
    List<Indicator> nextLevelBehaviours(Competency competency) {
        return competency.indicators().stream()
                .filter(i -> i.polarity() == Polarity.POSITIVE && i.level() != null && i.level() == level + 1).toList();
    }

    String titleOf(String competencyId) {
        return framework.competency(competencyId).map(Competency::title).orElse(competencyId);
    }

    String textOf(String indicatorId) {
        return framework.indicator(indicatorId).map(l -> l.indicator().text()).orElse(indicatorId);
    }

    // ------------------------------------------------------------------ the assessment

    /** The assessment, or a failure saying why there is none. */
    Assessment assessed() {
        if (problems != null) {
            throw new ScenarioFailure("The review was not assessed: it was rejected with these problems: "
                    + describe(problems) + ".");
        }
        expect(assessment != null, "No review has been assessed yet: the scenario needs \"When the review is assessed\""
                + " before it checks the assessment.");
        return assessment;
    }

    static String describe(List<ReviewProblem> problems) {
        List<String> lines = new ArrayList<>();
        problems.forEach(p -> lines.add(p.path() + ": " + p.message()));
        return String.join("; ", lines);
    }

    static String quoted(java.util.Collection<String> texts) {
        return texts.isEmpty() ? "none" : texts.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", "));
    }
}
