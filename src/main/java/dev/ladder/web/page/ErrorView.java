package dev.ladder.web.page;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The error page: a status, a heading and a sentence saying what happened, never a stack trace. */
final class ErrorView {

    private ErrorView() {
    }

    static ModelAndView of(HttpStatus status, String detail) {
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        view.addObject("heading", switch (status) {
            case FORBIDDEN -> "You cannot open this page";
            case NOT_FOUND -> "Page not found";
            case UNAUTHORIZED -> "Sign in first";
            case PAYLOAD_TOO_LARGE -> "The file is too large";
            default -> status.is5xxServerError() ? "Sorry, there is a problem with Ladder" : status.getReasonPhrase();
        });
        view.addObject("detail", detail);
        return view;
    }
}
