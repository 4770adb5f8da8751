package dev.ladder.web.page;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import dev.ladder.security.CurrentUsers;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The servlet error page for browsers ({@code /error} asked for as HTML): an unknown address, a page a
 * role may not open, a server fault. API clients get the problem detail of {@code web.ErrorPage}.
 */
@Controller
class ErrorPages {

    private final CurrentUsers users;

    ErrorPages(CurrentUsers users) {
        this.users = users;
    }

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.valueOf(i)
                : HttpStatus.NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail;
        if (status.is5xxServerError()) {
            detail = "Ladder could not show this page; the cause is in the server's log.";
        } else if (status == HttpStatus.NOT_FOUND) {
            detail = "Nothing is served at " + (uri == null ? request.getRequestURI() : uri) + ".";
        } else if (message != null && !message.toString().isBlank()) {
            detail = message.toString();
        } else {
            detail = status.getReasonPhrase() + ".";
        }
        ModelAndView view = ErrorView.of(status, detail);
        view.addObject("layout", PageModel.of(users.current(), null));
        return view;
    }
}
