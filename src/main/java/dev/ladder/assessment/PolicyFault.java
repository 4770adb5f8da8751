package dev.ladder.assessment;

/**
 * The rule set cannot assess a review: a policy value it needs is missing or stated twice (a table
 * or a row deleted, a framework id misspelt), or its rules reached no verdict or two. The message
 * says which file and table to fix. A rule set that does this is refused before it goes into
 * service (its sample reviews fail); should one be in service anyway, the API answers with a problem
 * naming the fault, never a bare 500.
 */
public class PolicyFault extends RuntimeException {

    PolicyFault(String message) {
        super(message);
    }
}
