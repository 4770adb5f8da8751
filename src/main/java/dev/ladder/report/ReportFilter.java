package dev.ladder.report;

/**
 * Which reviews a report counts; every part is optional. Without a period, each person's latest
 * period counts.
 */
public record ReportFilter(String framework, String department, Integer level, String period) {

    boolean matches(ReviewSummary review) {
        return (framework == null || framework.equals(review.framework()))
                && (department == null || department.equals(review.department()))
                && (level == null || level == review.level())
                && (period == null || period.equals(review.period()));
    }
}
