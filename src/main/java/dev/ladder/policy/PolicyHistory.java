package dev.ladder.policy;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Published versions of the policy, newest first; the diff of each; and rolling back to one. The
 * history is a git repository ({@code ladder.policy-history}, by default in the data folder).
 */
@Service
public class PolicyHistory {

    private final Publisher publisher;

    PolicyHistory(Publisher publisher) {
        this.publisher = publisher;
    }

    public List<PolicyVersion> versions() {
        return publisher.repository().log().stream().map(publisher::version).toList();
    }

    /** The unified diff of {@code version} against the version before it. */
    public String diff(String version) {
        PolicyRepository repository = publisher.repository();
        return repository.diff(repository.commit(version));
    }

    /** Publishes the files of an earlier version again, through the same checks as a draft. */
    public PolicyVersion rollback(String version, String reason, String author) {
        PolicyRepository repository = publisher.repository();
        return publisher.publish(repository.files(repository.commit(version)), reason, author);
    }
}
