package dev.ladder.web.page;

/**
 * A problem of the review form, at the field it is about.
 *
 * @param competency the competency whose rating, evidence or behaviours it is about; null for the
 *                   period and for problems of the review as a whole
 */
record ReviewFormProblem(Field field, String competency, String message) {

    /** In the order of a competency's fields on the form (rating, behaviours, evidence). */
    enum Field { GENERAL, PERIOD, RATING, BEHAVIOURS, EVIDENCE }

    /** The id of the form control the error summary's link jumps to. */
    String anchor() {
        return switch (field) {
            case PERIOD -> "period";
            case RATING -> ReviewForm.RATING + competency;
            case EVIDENCE -> ReviewForm.EVIDENCE + competency;
            case BEHAVIOURS -> "behaviours-" + competency;
            case GENERAL -> "review-form";
        };
    }
}
