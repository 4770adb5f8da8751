package dev.ladder.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import dev.ladder.assessment.Assessor;
import dev.ladder.assessment.reference.ReviewGenerator;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.history.AssessedReview;
import dev.ladder.history.ReviewHistory;
import dev.ladder.organisation.Csv;
import dev.ladder.organisation.EmployeeCsv;
import dev.ladder.organisation.Organisation;
import dev.ladder.review.Review;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated data for the service benchmarks: a register of people spread over every level of the
 * three frameworks, valid reviews for them from {@link ReviewGenerator} (fixed seed), and stores
 * already holding N reviews, one per person, kept under {@code target/bench-store/reviews-N} so that
 * they are generated once.
 */
public final class BenchReviews {

    static final long SEED = 42L;
    private static final int DEPARTMENTS = 12;
    /** Reviews per transaction when seeding a store. */
    private static final int SEED_BATCH = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One person of the generated register. */
    record Person(String id, String framework, int level, String department) {
    }

    private BenchReviews() {
    }

    /** {@code count} people, P000001…, cycling over every (framework, level); no line managers. */
    static List<Person> register(Frameworks frameworks, int count) {
        List<String[]> slots = new ArrayList<>();
        for (Framework framework : frameworks.all()) {
            framework.levels().forEach(level -> slots.add(new String[] {framework.id(), String.valueOf(level.rank())}));
        }
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] slot = slots.get(i % slots.size());
            people.add(new Person("P%06d".formatted(i + 1), slot[0], Integer.parseInt(slot[1]),
                    "Department %02d".formatted(i % DEPARTMENTS + 1)));
        }
        return people;
    }

    /** The register as the HR export {@code POST /api/employees/import} takes. */
    static String csv(List<Person> people) {
        return Csv.write(EmployeeCsv.HEADER, people.stream().map(p -> Arrays.<Object>asList(p.id(), "Person " + p.id(),
                p.department(), null, p.framework(), p.level())).toList());
    }

    /** Varied valid reviews, {@code perSlot} for every (framework, level), keyed "framework/level". */
    static Map<String, List<Review>> templates(Frameworks frameworks, int perSlot) {
        ReviewGenerator generator = new ReviewGenerator(new Random(SEED));
        Map<String, List<Review>> templates = new HashMap<>();
        for (Framework framework : frameworks.all()) {
            for (dev.ladder.framework.Level level : framework.levels()) {
                List<Review> reviews = new ArrayList<>(perSlot);
                for (int i = 0; i < perSlot; i++) {
                    reviews.add(generator.next(framework, level.rank()).review());
                }
                templates.put(framework.id() + "/" + level.rank(), reviews);
            }
        }
        return templates;
    }

    /** The {@code n}th of a run of distinct, increasing review periods: months from 1000-01 on. */
    static String period(long n) {
        return "%04d-%02d".formatted(1000 + n / 12, n % 12 + 1);
    }

    /** The template review as {@code person}'s review of {@code period}. */
    static Review reviewOf(Person person, String period, Review template) {
        return new Review(person.id(), person.framework(), person.level(), period, person.department(), null,
                template.ratings(), template.observed());
    }

    /** Review JSON as the API takes it (nulls left out). */
    static String json(Review review) {
        ObjectNode node = JSON.createObjectNode().put("employeeId", review.employeeId())
                .put("framework", review.framework()).put("level", review.level()).put("period", review.period());
        if (review.department() != null) {
            node.put("department", review.department());
        }
        ArrayNode ratings = node.putArray("ratings");
        review.ratings().forEach(r -> ratings.addObject().put("competency", r.competency()).put("rating", r.rating()));
        ArrayNode observed = node.putArray("observed");
        review.observed().forEach(o -> observed.addObject().put("indicator", o.indicator()));
        return JSON.writeValueAsString(node);
    }

    /**
     * A store holding {@code count} stored reviews, one per person of a register of {@code count}
     * people, period "2026", each with the assessment the current rules make. Generated on first use,
     * {@value #SEED_BATCH} reviews per transaction ({@link ReviewHistory#storeAll}), and then reused;
     * a store whose generation did not finish is generated again.
     *
     * {@code -Dbench.store=<folder>} reads (or seeds) the stores under another folder than
     * {@code target/bench-store}, for example those of another worktree, without copying them by hand.
     *
     * @return the data folder; it must not be open in another process
     */
    static Path seededStore(int count) {
        Path dir = Path.of(System.getProperty("bench.store", Path.of("target", "bench-store").toString()),
                "reviews-" + count).toAbsolutePath();
        Path ready = dir.resolve("SEEDED.txt");
        if (Files.exists(ready)) {
            return dir;
        }
        BenchApp.delete(dir);
        try (BenchApp app = BenchApp.start(dir, false)) {
            long start = System.nanoTime();
            Frameworks frameworks = app.bean(Frameworks.class);
            List<Person> people = register(frameworks, count);
            app.bean(Organisation.class).importCsv(csv(people));
            long registered = System.nanoTime();
            Map<String, List<Review>> templates = templates(frameworks, 200);
            Assessor assessor = app.bean(Assessor.class);
            ReviewHistory history = app.bean(ReviewHistory.class);
            long assessing = 0;
            long storing = 0;
            for (int from = 0; from < count; from += SEED_BATCH) {
                long t0 = System.nanoTime();
                List<AssessedReview> batch = IntStream.range(from, Math.min(count, from + SEED_BATCH)).parallel()
                        .mapToObj(i -> {
                            Person person = people.get(i);
                            List<Review> slot = templates.get(person.framework() + "/" + person.level());
                            Review review = reviewOf(person, "2026", slot.get(i / 29 % slot.size()));
                            return new AssessedReview(review, assessor.assess(review, Optional.empty()));
                        }).toList();
                long t1 = System.nanoTime();
                history.storeAll(batch, "benchmark");
                long t2 = System.nanoTime();
                assessing += t1 - t0;
                storing += t2 - t1;
                if ((from + SEED_BATCH) % 10_000 == 0) {
                    System.out.printf("seeding: %,d of %,d reviews stored, %d s%n", from + SEED_BATCH, count,
                            (t2 - start) / 1_000_000_000);
                }
            }
            long c0 = System.nanoTime();
            System.out.println("seeding: compacting");
            app.bean(dev.ladder.history.StoreAdmin.class).compactNow("benchmark");
            System.out.printf("seeding: compacted in %d ms%n", (System.nanoTime() - c0) / 1_000_000);
            String note = "%d reviews for %d people, stored with ReviewHistory.storeAll in batches of %d (one transaction "
                    + "each). Start-up on the empty folder %d ms; register import %d ms; assessing %d ms (2 threads); "
                    + "storing %d ms (%.0f reviews/s).%n";
            Files.writeString(ready, note.formatted(count, count, SEED_BATCH, app.startMillis,
                    (registered - start) / 1_000_000, assessing / 1_000_000, storing / 1_000_000, count * 1e9 / storing));
            System.out.print("seeding: " + Files.readString(ready));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A reviews CSV file (docs/bulk.md) of {@code count} people's reviews, as the seeded stores hold
     * them, for timing the {@code assess} command: {@code java … BenchReviews csv 100000 reviews.csv}.
     */
    static void writeCsv(int count, Path file) throws IOException {
        Path dir = BenchApp.tempDir("csv-");
        try (BenchApp app = BenchApp.start(dir, false)) {
            Frameworks frameworks = app.bean(Frameworks.class);
            List<Person> people = register(frameworks, count);
            Map<String, List<Review>> templates = templates(frameworks, 200);
            StringBuilder csv = new StringBuilder("employee_id,framework,level,period,department,ratings,observed\n");
            for (int i = 0; i < count; i++) {
                Person person = people.get(i);
                List<Review> slot = templates.get(person.framework() + "/" + person.level());
                Review review = reviewOf(person, "2026", slot.get(i / 29 % slot.size()));
                csv.append(review.employeeId()).append(',').append(review.framework()).append(',')
                        .append(review.level()).append(',').append(review.period()).append(',')
                        .append(review.department()).append(',')
                        .append(String.join(";", review.ratings().stream()
                                .map(r -> r.competency() + "=" + r.rating()).toList())).append(',')
                        .append(String.join(";", review.observed().stream()
                                .map(Review.ObservedBehaviour::indicator).toList())).append('\n');
            }
            Files.writeString(file, csv);
        } finally {
            BenchApp.delete(dir);
        }
    }

    /**
     * Generates the stores the report benchmark uses: {@code java … BenchReviews 10000 100000}; or a
     * reviews CSV file: {@code java … BenchReviews csv 100000 reviews.csv}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("csv")) {
            writeCsv(Integer.parseInt(args[1]), Path.of(args[2]));
            return;
        }
        for (String count : args.length == 0 ? new String[] {"10000", "100000"} : args) {
            System.out.println(seededStore(Integer.parseInt(count)));
        }
    }
}
