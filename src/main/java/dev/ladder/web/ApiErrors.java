package dev.ladder.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.ladder.assessment.Assessor;
import dev.ladder.assessment.PolicyFault;
import dev.ladder.organisation.InvalidCsv;
import dev.ladder.report.InvalidFilter;
import dev.ladder.review.InvalidReview;

/**
 * Errors as RFC 9457 problem details: {@code {type, title, status, detail, instance}}, never a stack trace.
 * Extends Spring's {@link ResponseEntityExceptionHandler}, so Spring MVC's own errors (415, 405, 406, a
 * parameter of the wrong type, …) are problem details too, whatever {@code spring.mvc.problemdetails.enabled}
 * says; with it, Spring Boot's generic handler stands back and the wordings here are the ones clients see.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private final dev.ladder.security.CurrentUsers users;

    ApiErrors(dev.ladder.security.CurrentUsers users) {
        this.users = users;
    }

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

    /** A report filter naming a framework, department or level that does not exist. */
    @ExceptionHandler(InvalidFilter.class)
    ProblemDetail invalidFilter(InvalidFilter e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unknown filter value", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(NotAcceptable.class)
    ProblemDetail notAcceptable(NotAcceptable e) {
        return problem(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", e.getMessage());
    }

    @ExceptionHandler(Assessor.NoRuleSet.class)
    ProblemDetail noRuleSet(Assessor.NoRuleSet e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "No rule set in service", e.getMessage());
    }

    /** The store (or another part the service needs) failed: 503 saying what failed; nothing was stored. */
    @ExceptionHandler(dev.ladder.Unavailable.class)
    ProblemDetail unavailable(dev.ladder.Unavailable e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", e.getMessage());
    }

    /** The rule set in service lacks a policy value or reached no verdict: 503 naming the table to fix. */
    @ExceptionHandler(PolicyFault.class)
    ProblemDetail policyFault(PolicyFault e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Rule set cannot assess", e.getMessage());
    }

    /**
     * Signed in, but not allowed this: 403 saying what was refused; a refusal by the handler's
     * {@code @PreAuthorize} names the roles it is for and the caller's (Spring says only "Access Denied").
     */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, HandlerMethod handler) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e instanceof AuthorizationDeniedException
                ? Refusal.of("This request", handler, users.current()) : e.getMessage());
    }

    /** A path or query parameter that does not convert ({@code /levels/top}, {@code ?limit=abc}). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                       HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String kind = e instanceof MethodArgumentTypeMismatchException m
                && m.getParameter().hasParameterAnnotation(PathVariable.class) ? "Path parameter" : "Query parameter";
        Map<String, Object> one = parameterProblem(kind, name, e.getValue(), e.getRequiredType());
        return badParameters(List.of(one), headers);
    }

    /**
     * Query parameters bound to a record ({@code ?level=abc} on a report): every parameter that does
     * not convert or is not valid, each named with what was expected.
     */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> problems = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            String kind = request.getParameter(error.getField()) != null ? "Query parameter" : "Parameter";
            if (error.isBindingFailure()) {
                Class<?> type = null;
                try {
                    type = error.unwrap(TypeMismatchException.class).getRequiredType();
                } catch (IllegalArgumentException notATypeMismatch) {
                    type = e.getBindingResult().getFieldType(error.getField());
                }
                problems.add(parameterProblem(kind, error.getField(), error.getRejectedValue(), type));
            } else {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("parameter", error.getField());
                problem.put("message", kind + " '" + error.getField() + "': " + error.getDefaultMessage());
                problems.add(problem);
            }
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> problems.add(Map.of("message",
                String.valueOf(error.getDefaultMessage()))));
        return badParameters(problems, headers);
    }

    /** A body that could not be read; one that grew past {@code ladder.max-request-size} is 413. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.BodyTooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).headers(headers)
                        .body(problem(HttpStatus.CONTENT_TOO_LARGE, "Payload too large", tooLarge.getMessage()));
            }
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    private ResponseEntity<Object> badParameters(List<Map<String, Object>> problems, HttpHeaders headers) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad request", String.join("; ",
                problems.stream().map(p -> String.valueOf(p.get("message"))).toList()));
        if (!problems.isEmpty() && problems.get(0).get("parameter") != null) {
            problem.setProperty("parameter", problems.get(0).get("parameter"));
        }
        problem.setProperty("problems", problems);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    private static Map<String, Object> parameterProblem(String kind, String name, Object value, Class<?> type) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("parameter", name);
        problem.put("message", kind + " '" + name + "' was '" + value + "'; expected " + expected(type));
        return problem;
    }

    /** What a value of {@code type} looks like, in words: "an integer", "one of [A, B]", … */
    static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "a value of type " + type.getSimpleName();
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
