package dev.ladder.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dev.ladder.assessment.Assessor;
import dev.ladder.organisation.InvalidCsv;
import dev.ladder.review.InvalidReview;

/** Errors as RFC 9457 problem details: {@code {type, title, status, detail, instance}}, never a stack trace. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    /** A review that cannot be assessed: 400 with every problem and its JSON path. Nothing was evaluated. */
    @ExceptionHandler(InvalidReview.class)
    ProblemDetail invalidReview(InvalidReview e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid review",
                e.problems().size() + " problem(s) in the review; nothing was evaluated");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    /** A CSV upload with problems: 400 with each by line and column. Nothing was stored. */
    @ExceptionHandler(InvalidCsv.class)
    ProblemDetail invalidCsv(InvalidCsv e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid CSV", e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(BadRequest.class)
    ProblemDetail badRequest(BadRequest e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(Assessor.NoRuleSet.class)
    ProblemDetail noRuleSet(Assessor.NoRuleSet e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "No rule set in service", e.getMessage());
    }

    /** Signed in, but not allowed this: 403 saying what was refused. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad request",
                "Path parameter '" + e.getName() + "' was '" + e.getValue() + "'; expected " + expected);
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
