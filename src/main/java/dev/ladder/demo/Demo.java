package dev.ladder.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.ladder.LadderProperties;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.history.ReviewService;
import dev.ladder.organisation.Csv;
import dev.ladder.organisation.Employee;
import dev.ladder.organisation.EmployeeCsv;
import dev.ladder.organisation.Organisation;
import dev.ladder.review.Review;

/**
 * Generates the demo organisation (docs/bulk.md) into an empty register: people at every level of
 * every framework with their line managers, and their reviews of 2024, 2025 and 2026, each assessed
 * with the person's previous review and stored {@value #BATCH} reviews per update. Reproducible: the
 * same frameworks, rules, size and seed give the same people and reviews.
 */
@Component
public class Demo {

    /** Reviews stored per update request (one transaction each). */
    public static final int BATCH = 1000;

    private static final Logger log = LoggerFactory.getLogger(Demo.class);
    private static final String SUBMITTED_BY = "demo";

    private final Frameworks frameworks;
    private final Organisation organisation;
    private final ReviewService reviews;
    private final LadderProperties properties;

    public Demo(Frameworks frameworks, Organisation organisation, ReviewService reviews, LadderProperties properties) {
        this.frameworks = frameworks;
        this.organisation = organisation;
        this.reviews = reviews;
        this.properties = properties;
    }

    /** What was generated, and how long it took. */
    public record Result(int employees, int reviews, Map<String, Integer> employeesByFramework,
                         long organisationMillis, long reviewMillis) {

        public long millis() {
            return organisationMillis + reviewMillis;
        }
    }

    /** {@code employees} people with the seed of {@code ladder.demo.seed}. */
    public Result generate(int employees) {
        return generate(employees, properties.demo().seed());
    }

    /**
     * Generates and stores {@code employees} people and their reviews.
     *
     * @throws IllegalStateException when the register is not empty, or no frameworks are loaded
     */
    public synchronized Result generate(int employees, long seed) {
        if (!organisation.all().isEmpty()) {
            throw new IllegalStateException("the organisation register is not empty (" + organisation.all().size()
                    + " people); the demo organisation is generated into an empty one only");
        }
        Collection<Framework> served = frameworks.all();
        if (served.isEmpty()) {
            throw new IllegalStateException("no frameworks are loaded");
        }
        long started = System.nanoTime();
        List<Employee> people = DemoOrganisation.generate(served, employees, new Random(seed));
        organisation.importCsv(csv(people));
        long organisationMillis = (System.nanoTime() - started) / 1_000_000;

        started = System.nanoTime();
        DemoReviews generator = new DemoReviews(served.stream().collect(Collectors.toMap(Framework::id,
                Function.identity())));
        Random random = new Random(seed + 1);
        List<Review> batch = new ArrayList<>(BATCH + DemoReviews.PERIODS.size());
        int stored = 0;
        int batches = 0;
        for (Employee person : people) {
            batch.addAll(generator.of(person, random));
            if (batch.size() >= BATCH) {
                stored += reviews.submitAll(batch, SUBMITTED_BY).size();
                batch.clear();
                if (++batches % 10 == 0) {
                    log.info("Demo organisation: {} reviews stored so far", stored);
                }
            }
        }
        if (!batch.isEmpty()) {
            stored += reviews.submitAll(batch, SUBMITTED_BY).size();
        }
        long reviewMillis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Integer> byFramework = new TreeMap<>();
        people.forEach(p -> byFramework.merge(p.framework(), 1, Integer::sum));
        return new Result(people.size(), stored, byFramework, organisationMillis, reviewMillis);
    }

    /** The people as the HR export the register imports ({@code docs/examples/employees.csv}). */
    static String csv(List<Employee> people) {
        return Csv.write(EmployeeCsv.HEADER, people.stream().map(e -> Arrays.<Object>asList(e.id(), e.name(),
                e.department(), e.managerId(), e.framework(), e.level())).toList());
    }
}
