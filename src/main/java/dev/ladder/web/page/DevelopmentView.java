package dev.ladder.web.page;

import java.util.List;

/**
 * What "My development" ({@code /me}) and a person's page ({@code /people/{id}}) show, prepared for the
 * template: the council's words everywhere (competency names and behaviour texts, never ids).
 *
 * @param self          whether the viewer is the person (the page says "you")
 * @param heading       "My development" or the person's name
 * @param level         the level as people say it, e.g. "Level 2 – Team Manager"
 * @param typicalPosts  the level's typical posts, comma separated, or null
 * @param nextLevelHref the framework's next level page, or null at the top of the ladder
 * @param review        the latest review's assessment, or null when none is stored yet
 * @param recordHref    the subject-access download
 * @param newReviewHref "Record a review", or null when the viewer may not submit one
 * @param words         the page's sentences that depend on who is looking ("you" or the person's name)
 */
record DevelopmentView(boolean self, String heading, String employeeId, String name, String department,
                       String council, String frameworkId, String frameworkTitle, String level, String typicalPosts,
                       String nextLevel, String nextLevelHref, DevelopmentReview review,
                       DevelopmentHistory history, String recordHref, String newReviewHref,
                       DevelopmentWords words) {

    /** Sentences addressed to the person themself, or about them to their manager. */
    record DevelopmentWords(String noReview, String nextLevelLink, String download, String historyCaption) {
    }

    /** The latest review: its period, readiness, gaps, red flags and learning needs. */
    record DevelopmentReview(String period, String submittedBy, DevelopmentTag readiness, String readinessSentence,
                             String readinessWhy, List<DevelopmentGap> gaps, List<DevelopmentRedFlag> redFlags,
                             List<DevelopmentNeed> needs, List<String> notAssessed) {
    }

    /** A govuk-tag: its words and its colour modifier (e.g. {@code govuk-tag--green}). */
    record DevelopmentTag(String text, String css) {
    }

    /** "Show 2 more of these 5 behaviours" for one next-level competency. */
    record DevelopmentGap(String competency, String sentence, List<String> behaviours) {
    }

    record DevelopmentRedFlag(String competency, String behaviour, DevelopmentTag severity, String why) {
    }

    record DevelopmentNeed(String competency, DevelopmentTag priority, List<String> reasons,
                           List<DevelopmentResource> resources) {
    }

    /** A recommended resource; {@code mode} is its 70-20-10 way of learning in words. */
    record DevelopmentResource(String title, String type, String effort, String mode, String why) {
    }

    /**
     * Readiness and ratings per period (current reviews, oldest first): the table the chart is drawn from.
     *
     * @param competencies the rated competencies' names, in framework order (the table's columns)
     * @param scale        the rating scale in words, e.g. "1 not demonstrated, 2 developing, …"
     * @param readinessLabels readiness in words, best first (the chart's second axis)
     */
    record DevelopmentHistory(List<String> competencies, List<DevelopmentPeriod> periods, String scale,
                              int scaleMin, int scaleMax, List<String> readinessLabels) {
    }

    /** One period's row: the readiness words and one rating per competency column. */
    record DevelopmentPeriod(String period, String readiness, List<DevelopmentRating> ratings) {
    }

    /** A rating cell: the value (null when the competency was not rated that period) and its words. */
    record DevelopmentRating(Integer value, String text) {
    }
}
