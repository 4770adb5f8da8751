package dev.ladder.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.ladder.assessment.Assessment;
import dev.ladder.history.ReviewHistory;
import dev.ladder.history.StoredReview;
import dev.ladder.organisation.Employee;
import dev.ladder.organisation.Organisation;

/**
 * The demo organisation as start-up generates it (ladder.demo.enabled=true), on a real TDB2 store:
 * the register, three periods of assessed reviews, and red flags that recur and so are serious.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"ladder.watch-rules=false",
        "ladder.demo.enabled=true", "ladder.demo.employees=150", "ladder.demo.seed=42"})
class DemoTest {

    @Autowired
    Organisation organisation;
    @Autowired
    ReviewHistory history;
    @Autowired
    Demo demo;

    @Test
    void startUpGeneratesTheOrganisationAtEveryLevelWithItsHierarchy() {
        DemoOrganisationTest.assertHierarchy(List.copyOf(organisation.all()), 150);
    }

    @Test
    void everyoneHasAssessedReviewsOverThreePeriodsAndSomeRedFlagsRecur() {
        Set<String> periods = new TreeSet<>();
        List<StoredReview> all = new ArrayList<>();
        for (Employee person : organisation.all()) {
            List<StoredReview> reviews = history.of(person.id());
            assertThat(reviews).as(person.id()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.current()).isTrue();
                assertThat(r.submittedBy()).isEqualTo("demo");
                assertThat(r.review().level()).isEqualTo(person.level());
                assertThat(r.review().department()).isEqualTo(person.department());
                assertThat(r.assessment().employeeId()).isEqualTo(person.id());
            });
            assertThat(history.latest(person.id()).orElseThrow().review().period()).isEqualTo("2026");
            reviews.forEach(r -> periods.add(r.review().period()));
            all.addAll(reviews);
        }
        assertThat(periods).containsExactly("2024", "2025", "2026");
        assertThat(all.size()).isGreaterThan(2 * 150);
        List<Assessment.RedFlag> flags = all.stream().flatMap(r -> r.assessment().redFlags().stream()).toList();
        assertThat(flags).anySatisfy(f -> assertThat(f.severity()).isEqualTo("concern"));
        assertThat(flags).filteredOn(f -> f.because().contains("it was also observed in the previous review ("))
                .isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo("serious"));
        assertThat(all).extracting(r -> r.assessment().readiness().status())
                .contains("READY", "DEVELOPING", "NOT_READY", "TOP_LEVEL");
    }

    @Test
    void itIsGeneratedIntoAnEmptyRegisterOnly() {
        assertThatThrownBy(() -> demo.generate(10)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not empty");
    }
}
