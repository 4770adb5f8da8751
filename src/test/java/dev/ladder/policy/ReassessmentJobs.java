package dev.ladder.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import dev.ladder.framework.OntologyWorkspace;

/** What the re-assessment and impact tests share: their own copy of rules/, and waiting for a job. */
final class ReassessmentJobs {

    private ReassessmentJobs() {
    }

    /** A copy of rules/ in a new temporary folder, so a test may change it without touching the project's. */
    static Path copyOfRules(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            OntologyWorkspace.copyTree(Path.of("rules"), folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the job to end (not a timing assertion: the limit only stops a hung job). */
    static ReassessmentJob finished(Reassessments reassessments, ReassessmentJob started) {
        Instant limit = Instant.now().plus(Duration.ofMinutes(5));
        ReassessmentJob job = started;
        while (job.status() == ReassessmentJob.Status.RUNNING && Instant.now().isBefore(limit)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            job = reassessments.find(started.id()).orElseThrow();
        }
        return job;
    }
}
