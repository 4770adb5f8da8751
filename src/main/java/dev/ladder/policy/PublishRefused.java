package dev.ladder.policy;

/** A draft (or a rollback) that did not pass its checks, with the report that says why. */
public class PublishRefused extends RuntimeException {

    private final transient CheckReport report;

    public PublishRefused(CheckReport report) {
        super("The draft cannot be published: " + report.problems().size() + " problems, "
                + (report.scenarios() == null ? "scenarios not run" : report.scenarios().failed() + " failing scenarios"));
        this.report = report;
    }

    public CheckReport report() {
        return report;
    }
}
