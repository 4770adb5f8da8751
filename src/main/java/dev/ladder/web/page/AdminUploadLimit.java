package dev.ladder.web.page;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import dev.ladder.security.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;

/**
 * An upload over the multipart limits ({@code spring.servlet.multipart.max-file-size} and
 * {@code max-request-size}, set to {@code ladder.max-request-size}). Spring parses a multipart request
 * before it knows the controller, so this advice is not limited to the pages' package: the imports page
 * shows the refusal at its form (413); any other address answers the problem detail the API would (no
 * Ladder API takes multipart bodies).
 */
@ControllerAdvice
class AdminUploadLimit {

    private final DataSize maxSize;
    private final CurrentUsers users;

    AdminUploadLimit(@Value("${ladder.max-request-size:10MB}") DataSize maxSize, CurrentUsers users) {
        this.maxSize = maxSize;
        this.users = users;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        // Also met on the error dispatch of an upload refused by its declared length (web.RequestSizeLimit)
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String path = (original != null ? original.toString() : request.getRequestURI())
                .substring(request.getContextPath().length());
        if (path.startsWith(AdminImportsController.PATH + "/")) {
            String kind = path.endsWith("/" + AdminImportsView.REVIEWS) ? AdminImportsView.REVIEWS
                    : AdminImportsView.PEOPLE;
            ModelAndView view = AdminImportsController.tooLarge(kind, maxSize);
            view.addObject("layout", PageModel.of(users.current(), AdminImportsController.PATH));
            return view;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than the " + maxSize.toBytes()
                        + " bytes accepted (ladder.max-request-size); nothing was stored");
        problem.setTitle("Payload too large");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }
}
