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

/** Errors as RFC 9457 problem details: {@code {type, title, status, detail, instance}}. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    /** A review that cannot be assessed: 400 with every problem and its JSON path. Nothing was evaluated. */
    @ExceptionHandler(InvalidReview.class)
    ProblemDetail invalidReview(InvalidReview e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.problems().size() + " problem(s) in the review; nothing was evaluated");
        problem.setTitle("Invalid review");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    /** A CSV upload with problems: 400 with each by line and column. Nothing was stored. */
    @ExceptionHandler(InvalidCsv.class)
    ProblemDetail invalidCsv(InvalidCsv e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid CSV");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(BadRequest.class)
    ProblemDetail badRequest(BadRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        return problem;
    }

    @ExceptionHandler(Assessor.NoRuleSet.class)
    ProblemDetail noRuleSet(Assessor.NoRuleSet e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("No rule set in service");
        return problem;
    }

    /** Signed in, but not allowed this: 403 saying what was refused. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Path parameter '" + e.getName() + "' was '" + e.getValue() + "'; expected " + expected);
        problem.setTitle("Bad request");
        problem.setProperty("parameter", e.getName());
        return problem;
    }
}
