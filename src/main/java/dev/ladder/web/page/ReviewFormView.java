package dev.ladder.web.page;

import java.util.List;

/**
 * The review form as the template shows it: who is reviewed (from the register), the period, each
 * competency with its rating, behaviours and evidence as entered, the problems at their fields, and
 * after "Preview" the assessment the engine would give.
 *
 * @param frameworkText the framework's title, with its council when the title does not name it
 * @param levelText     e.g. "Level 1 – Officer"
 * @param nextLevelText e.g. "Level 2 – Senior officer", or null at the top of the ladder
 * @param current       the competencies expected at the person's level
 * @param next          the next level's competencies not expected at the person's level
 * @param supersedes    a sentence saying the period already has a review that saving supersedes, or null
 * @param preview       the assessment after "Preview", or null
 */
record ReviewFormView(String employeeId, String employeeName, String department, String frameworkText,
                      String levelText, String nextLevelText, String period, String periodError,
                      List<Block> current, List<Block> next, List<Link> errors, String supersedes,
                      Preview preview, String action) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** One line of the error summary: the message and the field it jumps to. */
    record Link(String href, String message) {
    }

    /**
     * One competency of the form.
     *
     * @param ratingId  the first radio's id (what the error summary jumps to)
     * @param positive  effective behaviours, the next level's new ones last (with their level)
     * @param negative  red flags (ineffective behaviours), likewise
     */
    record Block(String id, String title, String definition, String ratingName, String ratingId,
                 List<Choice> choices, String ratingError, String evidenceId, String evidence, String evidenceError,
                 String behavioursId, String behavioursError, List<Behaviour> positive, List<Behaviour> negative) {

        public boolean hasError() {
            return ratingError != null || evidenceError != null || behavioursError != null;
        }
    }

    /** A point of the rating scale, or "Not rated" (empty value). */
    record Choice(String id, String value, String label, boolean checked) {
    }

    /** A behaviour checkbox; {@code level} says "Level 2" for the next level's new behaviours, else null. */
    record Behaviour(String id, String value, String text, String level, boolean checked) {
    }

    /** What the engine would conclude, in the council's words. */
    record Preview(String readiness, String because, List<GapItem> gaps, List<FlagItem> redFlags,
                   List<NeedItem> needs, List<String> notAssessed) {
    }

    record GapItem(String competency, String summary, List<String> behaviours) {
    }

    record FlagItem(String competency, String text, String severity, String because) {
    }

    record NeedItem(String competency, String priority, List<String> reasons, List<RecommendationItem> recommendations) {
    }

    record RecommendationItem(String title, String type, String effort, String mode, String because) {
    }
}
