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

    record Need(String competency, String priority) {
    }

    record Flag(String competency, String indicator, String text, String severity) {
    }
}
