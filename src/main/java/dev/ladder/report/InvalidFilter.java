package dev.ladder.report;

/** A report filter naming something that does not exist; the message names the value and lists what exists. */
public class InvalidFilter extends RuntimeException {

    private final String parameter;

    InvalidFilter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The query parameter at fault: {@code framework}, {@code department} or {@code level}. */
    public String parameter() {
        return parameter;
    }
}
