package dev.ladder.web;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The servlet error page ({@code /error}): where the container forwards every {@code sendError} and
 * every exception that escaped Spring MVC. Replaces Spring Boot's default body
 * ({@code {timestamp, status, error, path}}) with a problem detail, and never shows a stack trace.
 */
@RestController
class ErrorPage implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer status)) {
            // Asked for directly: there is nothing at /error
            return answer(HttpStatus.NOT_FOUND, "Nothing is served at /error", request.getRequestURI());
        }
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus answered = known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail;
        if (answered.is5xxServerError()) {
            detail = "Ladder could not answer this request; the cause is in the server's log";
        } else if (message != null && !message.toString().isBlank()) {
            detail = message.toString();
        } else if (answered == HttpStatus.NOT_FOUND) {
            detail = "Nothing is served at " + uri;
        } else {
            detail = answered.getReasonPhrase() + ": the request to " + uri + " was refused";
        }
        return answer(answered, detail, uri == null ? null : uri.toString());
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        if (instance != null) {
            try {
                problem.setInstance(java.net.URI.create(instance));
            } catch (IllegalArgumentException notAUri) {
                // Leave instance out rather than fail while reporting an error
            }
        }
        return ResponseEntity.status(status).body(problem);
    }
}
