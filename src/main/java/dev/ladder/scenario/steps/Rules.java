package dev.ladder.scenario.steps;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the rule's name out of an explanation: {@code Rule "<name>": <why>}. */
final class Rules {

    private static final Pattern BECAUSE = Pattern.compile("^Rule \"([^\"]+)\": .+", Pattern.DOTALL);

    private Rules() {
    }

    static String ruleOf(String because) {
        Matcher matcher = BECAUSE.matcher(because);
        if (!matcher.matches()) {
            throw new ScenarioFailure("The explanation \"" + because + "\" does not start with Rule \"<rule name>\": ");
        }
        return matcher.group(1);
    }
}
