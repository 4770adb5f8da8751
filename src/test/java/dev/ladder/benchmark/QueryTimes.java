package dev.ladder.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

import dev.ladder.store.RdfStore;

/**
 * Times SPARQL queries over a data folder, through the service's own store ({@link RdfStore}, TDB2 with
 * the service's node caches), three rounds each, every selected value read as a caller would read it:
 * {@code java -cp … dev.ladder.benchmark.QueryTimes <data folder> <query file>…}. The folder must not be
 * open in another process; use a copy of a seeded store ({@link BenchReviews}). For example, the time
 * of {@code src/test/resources/queries/reviews-in-brief.rq} against the same query without the
 * submission time shows what decoding one value from TDB2's node file costs (docs/benchmarks.md,
 * "Session of 2026-12-04").
 */
public final class QueryTimes {

    private QueryTimes() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchApp app = BenchApp.start(Path.of(args[0]), false)) {
            RdfStore store = app.bean(RdfStore.class);
            for (int round = 1; round <= 3; round++) {
                for (int q = 1; q < args.length; q++) {
                    Query query = QueryFactory.create(Files.readString(Path.of(args[q])));
                    AtomicLong rows = new AtomicLong();
                    long t0 = System.nanoTime();
                    store.select(query, row -> {
                        row.varNames().forEachRemaining(row::get);
                        rows.incrementAndGet();
                    });
                    System.out.printf("RESULT round %d | %s | %,d rows | %,d ms%n", round, args[q], rows.get(),
                            (System.nanoTime() - t0) / 1_000_000);
                }
            }
        }
    }
}
