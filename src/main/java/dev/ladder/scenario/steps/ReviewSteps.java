package dev.ladder.scenario.steps;

import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Indicator;
import io.cucumber.java.en.Given;

/** Writing the review a scenario assesses: who it is of, their ratings, the behaviours seen. */
@Topic(value = "The review", order = 1)
final class ReviewSteps {

    private final ScenarioState state;

    ReviewSteps(ScenarioState state) {
        this.state = state;
    }

    @Given("a/an {council} employee at level {int}")
    @Meaning(value = "Starts a review, for the year 2026, of an employee of that council at that level of its framework.",
            parameters = {"the council whose framework the employee is assessed against",
                    "the rank of the employee's level (1 is the first)"})
    void anEmployee(Framework council, int level) {
        state.employee(council, level);
    }

    @Given("they are rated {int} in every competency of their level")
    @Meaning(value = "Rates every competency the employee's level expects.",
            parameters = {"the rating, on the framework's rating scale (1 not demonstrated, 2 developing, 3 effective, 4 role model)"})
    void ratedInEveryCompetency(int rating) {
        state.review();
        state.currentLevel.competencies().forEach(c -> state.review.rated(c.id(), rating));
    }

    @Given("they are rated {int} in {string}")
    @Meaning(value = "Rates one competency, replacing an earlier rating of it.",
            parameters = {"the rating, on the framework's rating scale", "the competency's title, as the council writes it"})
    void ratedIn(int rating, String competency) {
        state.review().rated(state.competency(competency).id(), rating);
    }

    @Given("{string} was not rated")
    @Meaning(value = "Takes the rating of a competency out of the review.",
            parameters = {"the competency's title"})
    void notRated(String competency) {
        state.review().unrated(state.competency(competency).id());
    }

    @Given("{string} was neither rated nor observed")
    @Meaning(value = "Takes the rating of a competency, and every behaviour of it, out of the review.",
            parameters = {"the competency's title"})
    void neitherRatedNorObserved(String competency) {
        Competency found = state.competency(competency);
        state.review().unrated(found.id());
        state.framework.competency(found.id()).orElseThrow().indicators().forEach(i -> state.review.unobserved(i.id()));
    }

    @Given("the reviewer observed {string}")
    @Meaning(value = "Records a behaviour the reviewer saw, positive or a red flag.",
            parameters = {"the behaviour, exactly as the council writes it"})
    void observed(String behaviour) {
        state.review().observed(state.indicatorId(behaviour, null));
    }

    @Given("the reviewer observed {string} in {string}")
    @Meaning(value = "Records a behaviour the reviewer saw, for a text the council uses in more than one competency.",
            parameters = {"the behaviour, exactly as the council writes it", "the competency's title"},
            example = "Given the reviewer observed \"Impatient with customers\" in \"CUSTOMER FOCUS\"")
    void observedIn(String behaviour, String competency) {
        state.review().observed(state.indicatorId(behaviour, competency));
    }

    @Given("the reviewer observed every next-level behaviour of {string}")
    @Meaning(value = "Records every positive behaviour the next level introduces in one competency.",
            parameters = {"the title of a competency of the next level"})
    void observedEveryNextLevelBehaviourOf(String competency) {
        state.nextLevelBehaviours(state.nextLevelCompetency(competency)).forEach(i -> state.review.observed(i.id()));
    }

    @Given("the reviewer observed every next-level behaviour, except those of {string}")
    @Meaning(value = "Records every positive behaviour the next level introduces, in every competency of the next"
            + " level but one.", parameters = {"the title of the competency of the next level left out"})
    void observedEveryNextLevelBehaviourExcept(String competency) {
        Competency except = state.nextLevelCompetency(competency);
        state.nextLevel.competencies().stream().filter(c -> !c.id().equals(except.id()))
                .flatMap(c -> state.nextLevelBehaviours(c).stream()).forEach(i -> state.review.observed(i.id()));
    }

    @Given("the reviewer observed {int}% of the next-level behaviours in every competency of the next level")
    @Meaning(value = "In every competency of the next level, records the first of the positive behaviours that level"
            + " introduces, as few as make up at least that share (50% of 5 behaviours is 3).",
            parameters = {"the share, in percent, as the readiness threshold table writes it"})
    void observedShareOfNextLevelBehaviours(int percent) {
        state.review();
        ScenarioFailure.expect(percent >= 0 && percent <= 100, () -> percent + "% is not a share: write 0 to 100.");
        ScenarioFailure.expect(state.nextLevel != null, () -> "Level " + state.level + " is the top of the "
                + state.council() + " framework: there is no next level.");
        for (Competency competency : state.nextLevel.competencies()) {
            java.util.List<Indicator> behaviours = state.nextLevelBehaviours(competency);
            int count = (behaviours.size() * percent + 99) / 100;
            behaviours.subList(0, count).forEach(i -> state.review.observed(i.id()));
        }
    }

    @Given("their previous review in {string} recorded {string}")
    @Meaning(value = "Records a behaviour in the employee's previous review (same framework and level).",
            parameters = {"the period of the previous review, such as 2025", "the behaviour, exactly as the council writes it"})
    void previousReviewRecorded(String period, String behaviour) {
        state.review();
        if (state.previous == null) {
            state.previous = new ReviewBuilder(state.review.framework(), state.review.level(), period);
        }
        state.previous.observed(state.indicatorId(behaviour, null));
    }

    @Given("the review records the behaviour id {string}")
    @Meaning(value = "Records a behaviour by its id rather than its text, to try an id the framework may not have.",
            parameters = {"the behaviour's id, as GET /api/frameworks/{id} lists it"})
    void recordsBehaviourId(String indicator) {
        state.review().observed(indicator);
    }
}
