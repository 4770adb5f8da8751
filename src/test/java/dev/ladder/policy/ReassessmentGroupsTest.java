package dev.ladder.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ladder.history.CurrentReviewBrief;

/** A re-assessment reads the current reviews a group of people at a time, each person's reviews together. */
class ReassessmentGroupsTest {

    @Test
    void eachPersonIsInOneGroupAndAGroupGrowsPastItsSizeOnlyToKeepAPersonWhole() {
        // a: 1 review, b: 3 (not next to each other), c: 1, d: 2, e: 1
        List<CurrentReviewBrief> briefs = List.of(brief("a"), brief("b"), brief("c"), brief("b"), brief("d"),
                brief("b"), brief("d"), brief("e"));

        assertThat(ReassessmentRun.groups(briefs, 3)).containsExactly(List.of("a"), List.of("b"), List.of("c", "d"),
                List.of("e"));
        assertThat(ReassessmentRun.groups(briefs, 4)).containsExactly(List.of("a", "b"), List.of("c", "d", "e"));
        assertThat(ReassessmentRun.groups(briefs, 1)).containsExactly(List.of("a"), List.of("b"), List.of("c"),
                List.of("d"), List.of("e"));
        assertThat(ReassessmentRun.groups(briefs, 100)).containsExactly(List.of("a", "b", "c", "d", "e"));
        assertThat(ReassessmentRun.groups(List.of(), 3)).isEmpty();
    }

    private static CurrentReviewBrief brief(String person) {
        return new CurrentReviewBrief("r-" + person, person, "2026", "leicester", Instant.EPOCH, null, "v", Instant.EPOCH);
    }
}
