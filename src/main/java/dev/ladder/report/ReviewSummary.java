package dev.ladder.report;

import java.util.List;

/**
 * What reports need of one current review: small, so a snapshot of 100,000 fits easily in memory.
 *
 * @param needs     competency id → priority ("high", "medium", "low")
 * @param resources ids of the learning resources recommended
 * @param redFlags  the red flags: competency, indicator, severity
 * @param ruleSetVersion the rule set that made the assessment summed up (for the impact preview)
 */
record ReviewSummary(String employeeId, String framework, String department, int level, String period,
                     List<Need> needs, List<String> resources, String readiness, List<Flag> redFlags,
                     String ruleSetVersion) {

    /*
     * Every text but the employee's id comes from a small vocabulary (frameworks, competencies, behaviour
     * texts, departments, periods, resources) yet was a copy of its own in each summary, decoded from that
     * review's JSON: 100,000 summaries held about 3.5 million strings. Shared here, the snapshot takes a
     * fraction of the memory, which matters most while a new one is built beside it after a re-assessment.
     */
    ReviewSummary {
        framework = shared(framework);
        department = shared(department);
        period = shared(period);
        needs = List.copyOf(needs);
        resources = resources.stream().map(ReviewSummary::shared).toList();
        readiness = shared(readiness);
        redFlags = List.copyOf(redFlags);
        ruleSetVersion = shared(ruleSetVersion);
    }

    record Need(String competency, String priority) {
        Need {
            competency = shared(competency);
            priority = shared(priority);
        }
    }

    record Flag(String competency, String indicator, String text, String severity) {
        Flag {
            competency = shared(competency);
            indicator = shared(indicator);
            text = shared(text);
            severity = shared(severity);
        }
    }

    /** The one copy of a vocabulary text (the JVM's string table, whose entries go when nothing uses them). */
    private static String shared(String text) {
        return text == null ? null : text.intern();
    }
}
