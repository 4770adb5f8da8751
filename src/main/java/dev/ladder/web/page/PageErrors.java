package dev.ladder.web.page;


import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

import dev.ladder.security.CurrentUser;
import dev.ladder.security.CurrentUsers;
import dev.ladder.web.NotFound;
import dev.ladder.web.Refusal;

/**
 * Errors on pages become pages: a refusal says why (which roles a page is for, or whose records the
 * person may not see), an unknown person or framework says what was not found. Ordered before the
 * API's problem-detail advice, which answers everything else.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {


    private final CurrentUsers users;

    PageErrors(CurrentUsers users) {
        this.users = users;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e, HandlerMethod handler) {
        CurrentUser user = users.current();
        String detail = e instanceof AuthorizationDeniedException
                ? Refusal.of("This page", handler, user) : e.getMessage() + ".";
        return withLayout(ErrorView.of(HttpStatus.FORBIDDEN, detail), user);
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound e) {
        return withLayout(ErrorView.of(HttpStatus.NOT_FOUND, e.getMessage()), users.current());
    }

    /** The store (or another part the service needs) failed: 503, saying nothing was kept and to try again. */
    @ExceptionHandler(dev.ladder.Unavailable.class)
    ModelAndView unavailable(dev.ladder.Unavailable e) {
        return withLayout(ErrorView.of(HttpStatus.SERVICE_UNAVAILABLE, "Ladder could not reach its store, so nothing "
                + "of this request was kept. Try again in a moment; if it goes on, tell your administrator: "
                + e.getMessage()), users.current());
    }

    private static ModelAndView withLayout(ModelAndView view, CurrentUser user) {
        // @ModelAttribute methods do not run for exception handlers' models
        view.addObject("layout", PageModel.of(user, null));
        return view;
    }
}
