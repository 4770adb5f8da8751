package dev.ladder.policy;

/** No draft with this id. */
public class ImpactUnknownDraft extends RuntimeException {

    public ImpactUnknownDraft(String id) {
        super("No policy draft '" + id + "'");
    }
}
