package dev.ladder.catalogue;

/** The three ways of learning of the 70-20-10 model. */
public enum LearningMode {
    EXPERIENTIAL("on-the-job learning (the 70 of 70-20-10)"),
    SOCIAL("learning from others (the 20 of 70-20-10)"),
    FORMAL("formal learning (the 10 of 70-20-10)");

    private final String label;

    LearningMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
