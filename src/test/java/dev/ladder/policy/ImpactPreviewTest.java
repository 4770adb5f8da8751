package dev.ladder.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.ladder.assessment.RuleSets;
import dev.ladder.assessment.reference.ReferencePolicy;
import dev.ladder.framework.Frameworks;
import dev.ladder.history.ReviewHistory;
import dev.ladder.history.ReviewService;
import dev.ladder.organisation.Organisation;

/**
 * Impact preview over a real TDB2 store and the real rules: raising Leicester's readiness threshold
 * from 50 % to 60 % moves exactly the people the reference policy says it moves, and nobody else.
 */
@SpringBootTest(properties = "spring.main.web-application-type=none")
class ImpactPreviewTest {

    @Autowired
    PolicyImpact impact;
    @Autowired
    RuleSets ruleSets;
    @Autowired
    Frameworks frameworks;
    @Autowired
    Organisation organisation;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewHistory history;
    @TempDir
    Path temp;

    ImpactFixture fixture;

    @BeforeEach
    void storeReviews() {
        fixture = new ImpactFixture(frameworks, 4);
        organisation.importCsv(fixture.registerCsv());
        reviews.submitAll(fixture.reviews, "test");
    }

    @Test
    void raisingLeicestersThresholdMovesExactlyThePeopleTheReferencePolicyMoves() {
        Map<String, byte[]> inService = ImpactFixture.ruleFiles(ruleSets.folder());
        Map<String, byte[]> draft = new LinkedHashMap<>(inService);
        draft.put("readiness-threshold.drl.csv", ImpactFixture.leicesterAt(inService.get("readiness-threshold.drl.csv"), 60));
        ReferencePolicy before = ImpactFixture.reference(ImpactFixture.folderOf(inService, temp.resolve("before")));
        ReferencePolicy after = ImpactFixture.reference(ImpactFixture.folderOf(draft, temp.resolve("after")));

        // the expectation, from the stored reviews alone
        Map<List<String>, Integer> transitions = new HashMap<>();
        Map<String, String[]> moved = new TreeMap<>();
        Set<String> changed = new HashSet<>();
        Map<String, int[]> readyByFramework = new TreeMap<>();
        Map<String, int[]> readyByDepartment = new TreeMap<>();
        Map<String, int[]> needs = new LinkedHashMap<>();
        List.of("high", "medium", "low").forEach(p -> needs.put(p, new int[2]));
        for (ImpactFixture.Person person : fixture.people) {
            ReferencePolicy.Result from = fixture.latest(before, person.id());
            ReferencePolicy.Result to = fixture.latest(after, person.id());
            String a = ImpactFixture.status(from);
            String b = ImpactFixture.status(to);
            transitions.merge(List.of(a, b), 1, Integer::sum);
            if (!a.equals(b)) {
                moved.put(person.id(), new String[] {a, b});
            }
            if (!a.equals(b) || !Set.copyOf(from.needs()).equals(Set.copyOf(to.needs()))
                    || !Set.copyOf(from.redFlags()).equals(Set.copyOf(to.redFlags()))) {
                changed.add(person.id());
            }
            int[] f = readyByFramework.computeIfAbsent(person.framework(), k -> new int[2]);
            int[] d = readyByDepartment.computeIfAbsent(person.department(), k -> new int[2]);
            f[0] += ImpactFixture.ready(from) ? 1 : 0;
            f[1] += ImpactFixture.ready(to) ? 1 : 0;
            d[0] += ImpactFixture.ready(from) ? 1 : 0;
            d[1] += ImpactFixture.ready(to) ? 1 : 0;
            from.needs().forEach(n -> needs.get(n.priority().name().toLowerCase())[0]++);
            to.needs().forEach(n -> needs.get(n.priority().name().toLowerCase())[1]++);
        }
        // the fixture is built so that the change moves someone: a halfway Leicester person
        Set<String> halfwayMovers = new HashSet<>();
        fixture.halfway.stream().filter(id -> fixture.movesAtSixty(fixture.person(id))).forEach(halfwayMovers::add);
        assertThat(halfwayMovers).as("halfway people with an even number of new behaviours somewhere").isNotEmpty();
        assertThat(moved.keySet()).containsAll(halfwayMovers);
        halfwayMovers.forEach(id -> assertThat(moved.get(id)).containsExactly("READY", "DEVELOPING"));
        assertThat(moved.keySet()).allSatisfy(id -> assertThat(fixture.person(id).framework()).isEqualTo("leicester"));

        Impact result = impact.preview(draft, true);

        assertThat(result.inService()).isEqualTo(ruleSets.current().orElseThrow().version());
        assertThat(result.draft()).isNotEqualTo(result.inService());
        assertThat(result.reviews()).isEqualTo(fixture.people.size());
        assertThat(result.failed()).isZero();
        Map<List<String>, Integer> actual = new HashMap<>();
        result.transitions().forEach(t -> actual.put(List.of(t.from(), t.to()), t.count()));
        assertThat(actual).isEqualTo(transitions);
        assertThat(result.redFlagsAdded()).isZero();
        assertThat(result.redFlagsRemoved()).isZero();
        assertThat(result.needsByPriority()).extracting(Impact.Count::key, Impact.Count::inService, Impact.Count::draft)
                .containsExactlyElementsOf(needs.entrySet().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
        assertThat(result.byFramework()).extracting(Impact.Count::key, Impact.Count::inService, Impact.Count::draft)
                .containsExactlyElementsOf(readyByFramework.entrySet().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
        assertThat(result.byDepartment()).extracting(Impact.Count::key, Impact.Count::inService, Impact.Count::draft)
                .containsExactlyElementsOf(readyByDepartment.entrySet().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
        assertThat(result.changed()).isEqualTo(changed.size());
        assertThat(result.people()).extracting(Impact.Affected::employeeId).containsExactlyInAnyOrderElementsOf(changed);
        for (Impact.Affected person : result.people()) {
            ImpactFixture.Person registered = fixture.person(person.employeeId());
            assertThat(person.framework()).isEqualTo(registered.framework());
            assertThat(person.department()).isEqualTo(registered.department());
            String[] move = moved.get(person.employeeId());
            if (move != null) {
                assertThat(List.of(person.from(), person.to())).containsExactly(move);
                assertThat(person.change()).contains("readiness " + move[0] + " → " + move[1]);
            } else {
                assertThat(person.from()).isEqualTo(person.to());
                assertThat(person.change()).startsWith("learning needs changed");
            }
        }

        Impact anonymous = impact.preview(draft, false);
        assertThat(anonymous.people()).isEmpty();
        assertThat(anonymous.transitions()).isEqualTo(result.transitions());
        assertThat(anonymous.changed()).isEqualTo(result.changed());
    }

    @Test
    void aDraftEqualToTheRulesInServiceChangesNothing() {
        Impact result = impact.preview(ImpactFixture.ruleFiles(ruleSets.folder()), true);

        assertThat(result.draft()).isEqualTo(result.inService());
        assertThat(result.transitions()).allSatisfy(t -> assertThat(t.to()).isEqualTo(t.from()));
        assertThat(result.transitions().stream().mapToInt(Impact.Transition::count).sum()).isEqualTo(fixture.people.size());
        assertThat(result.changed()).isZero();
        assertThat(result.people()).isEmpty();
        assertThat(result.needsByPriority()).allSatisfy(c -> assertThat(c.draft()).isEqualTo(c.inService()));
    }

    @Test
    void aDraftThatDoesNotCompileIsRefusedWithItsProblemsAndStoresNothing() {
        Map<String, byte[]> draft = new LinkedHashMap<>(ImpactFixture.ruleFiles(ruleSets.folder()));
        draft.put("readiness.drl", (new String(draft.get("readiness.drl"), StandardCharsets.UTF_8) + "\nrule \"broken\"\nwhen\n  nothing here\nthen\nend\n")
                .getBytes(StandardCharsets.UTF_8));
        int stored = fixture.people.stream().mapToInt(p -> history.of(p.id()).size()).sum();

        assertThatThrownBy(() -> impact.preview(draft, true)).isInstanceOfSatisfying(ImpactRefused.class,
                e -> assertThat(e.problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.file()).isEqualTo("readiness.drl")));
        assertThat(fixture.people.stream().mapToInt(p -> history.of(p.id()).size()).sum()).isEqualTo(stored);
        assertThat(fixture.people.stream().flatMap(p -> history.of(p.id()).stream())
                .allMatch(r -> r.earlierAssessments().isEmpty())).isTrue();
    }
}
