package dev.ladder.framework;

import java.time.Instant;
import java.util.List;

/**
 * What one load of {@code ontology/} did, file by file (paths relative to the ontology folder).
 *
 * @param loaded    files read into the store because they were new or changed
 * @param unchanged files whose stored graph was already up to date
 * @param removed   files gone from the folder whose graphs were dropped
 * @param rejected  files refused, with every problem found; the store kept their last good graph
 */
public record LoadReport(Instant at, List<String> loaded, List<String> unchanged, List<String> removed,
                         List<Rejection> rejected) {

    public LoadReport {
        loaded = List.copyOf(loaded);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
        rejected = List.copyOf(rejected);
    }

    /** A refused file and everything wrong with it. */
    public record Rejection(String file, List<LoadProblem> problems) {

        public Rejection {
            problems = List.copyOf(problems);
        }
    }
}
