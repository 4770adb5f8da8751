package dev.ladder.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import dev.ladder.assessment.fact.ReadinessStatus;
import dev.ladder.assessment.reference.ReferencePolicy;
import dev.ladder.assessment.reference.ReviewGenerator;
import dev.ladder.framework.Competency;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.Indicator;
import dev.ladder.framework.Level;
import dev.ladder.framework.Polarity;
import dev.ladder.organisation.Csv;
import dev.ladder.organisation.EmployeeCsv;
import dev.ladder.review.Review;

/**
 * Stored reviews for the impact and re-assessment tests, and what the plain-Java reference policy
 * ({@link ReferencePolicy}) concludes of them, with the threshold tables of {@code rules/} and with
 * Leicester's threshold raised from 50 % to 60 %: the expectation, computed from the reviews alone.
 * <p>
 * People of every framework and level, reviews from {@link ReviewGenerator} (fixed seed), some with a
 * review of an earlier period; and for each Leicester level below the top, one person who has shown
 * half (rounded up) of the behaviours the next level introduces in every competency: READY at 50 %,
 * DEVELOPING at 60 % whenever a competency introduces an even number of behaviours.
 */
final class ImpactFixture {

    static final String LEICESTER = "leicester";
    static final List<String> DEPARTMENTS = List.of("Adult Social Care", "Revenues and Benefits", "Planning");

    record Person(String id, String framework, int level, String department) {
    }

    final List<Person> people = new ArrayList<>();
    /** Every review to submit, earlier periods first. */
    final List<Review> reviews = new ArrayList<>();
    /** Each person's latest review, and the one before it (if any). */
    final Map<String, Review> latest = new LinkedHashMap<>();
    final Map<String, Review> previous = new HashMap<>();
    /** The people built to sit at exactly half of the next level's behaviours (Leicester). */
    final Set<String> halfway = new HashSet<>();
    private final Frameworks frameworks;

    ImpactFixture(Frameworks frameworks, int perLevel) {
        this.frameworks = frameworks;
        ReviewGenerator generator = new ReviewGenerator(new Random(20261202L));
        int serial = 0;
        for (Framework framework : frameworks.all()) {
            for (Level level : framework.levels()) {
                for (int i = 0; i < perLevel; i++) {
                    Person person = person("IM%04d".formatted(++serial), framework, level.rank());
                    ReviewGenerator.Case generated = generator.next(framework, level.rank());
                    generated.previous().ifPresent(before -> add(person, as(person, before, "2025")));
                    add(person, as(person, generated.review(), "2026"));
                }
                if (framework.id().equals(LEICESTER) && framework.nextRank(level.rank()).isPresent()) {
                    Person person = person("IM%04d".formatted(++serial), framework, level.rank());
                    halfway.add(person.id());
                    add(person, halfway(person, framework));
                }
            }
        }
    }

    private Person person(String id, Framework framework, int level) {
        Person person = new Person(id, framework.id(), level, DEPARTMENTS.get(people.size() % DEPARTMENTS.size()));
        people.add(person);
        return person;
    }

    private void add(Person person, Review review) {
        reviews.add(review);
        Review before = latest.put(person.id(), review);
        if (before != null) {
            previous.put(person.id(), before);
        }
    }

    private static Review as(Person person, Review review, String period) {
        return new Review(person.id(), person.framework(), person.level(), period, null, null, review.ratings(),
                review.observed());
    }

    /** Every competency of the level rated 3, and half (rounded up) of each next-level competency's new behaviours shown. */
    private static Review halfway(Person person, Framework framework) {
        int next = framework.nextRank(person.level()).orElseThrow();
        List<Review.CompetencyRating> ratings = framework.expectedAt(person.level()).competencies().stream()
                .map(c -> new Review.CompetencyRating(c.id(), 3, null)).toList();
        List<Review.ObservedBehaviour> observed = new ArrayList<>();
        for (Competency competency : framework.expectedAt(next).competencies()) {
            List<Indicator> introduced = introduced(competency, next);
            introduced.subList(0, (introduced.size() + 1) / 2)
                    .forEach(i -> observed.add(new Review.ObservedBehaviour(i.id(), null)));
        }
        return new Review(person.id(), person.framework(), person.level(), "2026", null, null, ratings, observed);
    }

    static List<Indicator> introduced(Competency competency, int rank) {
        return competency.indicators().stream()
                .filter(i -> i.polarity() == Polarity.POSITIVE && Integer.valueOf(rank).equals(i.level())).toList();
    }

    /** Whether a halfway person's review falls under 60 % somewhere: a competency with an even number of new behaviours. */
    boolean movesAtSixty(Person person) {
        Framework framework = framework(person.framework());
        int next = framework.nextRank(person.level()).orElseThrow();
        return framework.expectedAt(next).competencies().stream().map(c -> introduced(c, next).size())
                .anyMatch(n -> n > 0 && ((n + 1) / 2) * 100 < 60 * n);
    }

    String registerCsv() {
        return Csv.write(EmployeeCsv.HEADER, people.stream().map(p -> Arrays.<Object>asList(p.id(), "Person " + p.id(),
                p.department(), null, p.framework(), p.level())).toList());
    }

    Framework framework(String id) {
        return frameworks.find(id).orElseThrow();
    }

    Person person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** What the reference concludes of a person's latest review. */
    ReferencePolicy.Result latest(ReferencePolicy policy, String id) {
        Review review = latest.get(id);
        return policy.assess(review, Optional.ofNullable(previous.get(id)), framework(review.framework()));
    }

    /** What the reference concludes of one of the reviews (with the person's review of the period before, if any). */
    ReferencePolicy.Result of(ReferencePolicy policy, Review review) {
        Review before = review == latest.get(review.employeeId()) ? previous.get(review.employeeId()) : null;
        return policy.assess(review, Optional.ofNullable(before), framework(review.framework()));
    }

    static String status(ReferencePolicy.Result result) {
        return result.status() == null ? "none" : result.status().name();
    }

    static boolean ready(ReferencePolicy.Result result) {
        return result.status() == ReadinessStatus.READY;
    }

    /** A copy of the rule files of {@code rules}, file name → bytes. */
    static Map<String, byte[]> ruleFiles(Path rules) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(rules)) {
            for (Path file : list.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".drl") || name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The threshold table with Leicester's row set to {@code percent}; fails if there is no such row. */
    static byte[] leicesterAt(byte[] table, int percent) {
        String text = new String(table, StandardCharsets.UTF_8);
        String changed = text.replaceFirst("(?m)^(Threshold: leicester,leicester,)\\d+", "$1" + percent);
        if (changed.equals(text)) {
            throw new IllegalStateException("no Leicester row in readiness-threshold.drl.csv:\n" + text);
        }
        return changed.getBytes(StandardCharsets.UTF_8);
    }

    /** The reference policy with the tables in {@code rules}. */
    static ReferencePolicy reference(Path rules) {
        return ReferencePolicy.fromRules(rules);
    }

    /** A folder holding {@code files}, for the reference policy to read its tables from. */
    static Path folderOf(Map<String, byte[]> files, Path folder) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(folder.resolve(file.getKey()), file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
