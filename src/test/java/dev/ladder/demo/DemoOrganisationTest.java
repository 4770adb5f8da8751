package dev.ladder.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.ladder.framework.Framework;
import dev.ladder.framework.LoadedFrameworks;
import dev.ladder.organisation.Employee;
import dev.ladder.review.Review;

/** The generated organisation, without a store: size, hierarchy and reproducibility, up to 100,000 people. */
class DemoOrganisationTest {

    @ParameterizedTest
    @ValueSource(ints = {12, 300, 10_000, 100_000})
    void everyLevelOfEveryFrameworkWithAProperHierarchy(int size) {
        List<Employee> people = DemoOrganisation.generate(LoadedFrameworks.get().all(), size, new Random(42));

        assertHierarchy(people, size);
    }

    @Test
    void theSameSeedGivesTheSameOrganisationAndReviews() {
        List<Employee> one = DemoOrganisation.generate(LoadedFrameworks.get().all(), 300, new Random(7));
        List<Employee> two = DemoOrganisation.generate(LoadedFrameworks.get().all(), 300, new Random(7));
        List<Employee> other = DemoOrganisation.generate(LoadedFrameworks.get().all(), 300, new Random(8));

        assertThat(one).isEqualTo(two).isNotEqualTo(other);
        DemoReviews reviews = new DemoReviews(LoadedFrameworks.get().all().stream()
                .collect(Collectors.toMap(Framework::id, f -> f)));
        Random a = new Random(1);
        Random b = new Random(1);
        for (Employee person : one.subList(0, 50)) {
            assertThat(reviews.of(person, a)).isEqualTo(reviews.of(person, b));
        }
    }

    @Test
    void reviewsRateMostlyThreeAndRecordRecurringRedFlags() {
        List<Employee> people = DemoOrganisation.generate(LoadedFrameworks.get().all(), 2_000, new Random(42));
        DemoReviews generator = new DemoReviews(LoadedFrameworks.get().all().stream()
                .collect(Collectors.toMap(Framework::id, f -> f)));
        Random random = new Random(43);
        Map<Integer, Integer> ratings = new HashMap<>();
        int recurring = 0;
        int reviews = 0;
        for (Employee person : people) {
            List<Review> own = generator.of(person, random);
            assertThat(own).isNotEmpty().extracting(Review::period).isSubsetOf(DemoReviews.PERIODS).isSorted();
            assertThat(own.get(own.size() - 1).period()).isEqualTo("2026");
            reviews += own.size();
            own.forEach(r -> r.ratings().forEach(c -> ratings.merge(c.rating(), 1, Integer::sum)));
            for (int i = 1; i < own.size(); i++) {
                Set<String> before = own.get(i - 1).observed().stream().map(Review.ObservedBehaviour::indicator)
                        .collect(Collectors.toSet());
                if (own.get(i).observed().stream().anyMatch(o -> o.indicator().contains("-n") && before.contains(o.indicator()))) {
                    recurring++;
                }
            }
        }
        int total = ratings.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(reviews).isGreaterThan(2 * people.size());
        assertThat(ratings.get(3)).isGreaterThan(total / 2);
        assertThat(ratings.get(2)).isGreaterThan(total / 50).isLessThan(total / 4);
        assertThat(ratings.get(4)).isGreaterThan(total / 50).isLessThan(total / 4);
        assertThat(ratings.get(1)).isPositive().isLessThan(total / 50);
        assertThat(recurring).isGreaterThan(people.size() / 50);
    }

    /** One head per framework at its top level; everyone else reports to someone one level up, in the same framework. */
    static void assertHierarchy(List<Employee> people, int size) {
        assertThat(people).hasSize(size);
        Map<String, Employee> byId = people.stream().collect(Collectors.toMap(Employee::id, e -> e));
        assertThat(byId).hasSize(size);
        for (Framework framework : LoadedFrameworks.get().all()) {
            List<Employee> staff = people.stream().filter(e -> e.framework().equals(framework.id())).toList();
            int top = framework.levels().size();
            assertThat(staff).extracting(Employee::level).as(framework.id())
                    .containsAll(framework.levels().stream().map(l -> l.rank()).toList());
            assertThat(staff).filteredOn(e -> e.managerId() == null).singleElement()
                    .satisfies(head -> assertThat(head.level()).isEqualTo(top));
            for (Employee person : staff) {
                assertThat(person.name()).matches("\\S+ \\S+");
                if (person.managerId() != null) {
                    Employee manager = byId.get(person.managerId());
                    assertThat(manager).as(person.id()).isNotNull();
                    assertThat(manager.framework()).isEqualTo(framework.id());
                    assertThat(manager.level()).isEqualTo(person.level() + 1);
                    if (manager.level() < top) {
                        assertThat(person.department()).isEqualTo(manager.department());
                    }
                }
            }
            if (staff.size() >= 50) {
                Map<String, Long> reports = staff.stream().filter(e -> e.managerId() != null)
                        .collect(Collectors.groupingBy(Employee::managerId, Collectors.counting()));
                long managers = staff.stream().filter(e -> e.level() > 1).count();
                assertThat(reports.values().stream().filter(n -> n >= 2).count()).as("managers with several reports")
                        .isGreaterThan(managers * 8 / 10);
                assertThat(staff.stream().map(Employee::department).distinct().count()).isGreaterThanOrEqualTo(4);
            }
        }
    }
}
