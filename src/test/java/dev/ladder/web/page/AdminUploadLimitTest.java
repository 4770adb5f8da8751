package dev.ladder.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import dev.ladder.security.CurrentUser;
import dev.ladder.security.CurrentUsers;
import dev.ladder.security.Role;

/**
 * An upload over the multipart limits that reaches Spring MVC (a body without a declared length, which
 * the request-size filter cannot refuse up front): the imports page shows it at the form it came from;
 * any other address gets the API's 413 problem detail.
 */
class AdminUploadLimitTest {

    private final AdminUploadLimit advice = new AdminUploadLimit(DataSize.ofMegabytes(10), admin());

    private static CurrentUsers admin() {
        CurrentUsers users = Mockito.mock(CurrentUsers.class);
        Mockito.when(users.current()).thenReturn(new CurrentUser("admin", Set.of(Role.ADMIN), null));
        return users;
    }

    @Test
    void theImportsPageShowsATooLargeFileAtItsForm() {
        Object answer = advice.tooLarge(new MaxUploadSizeExceededException(10L * 1024 * 1024),
                new MockHttpServletRequest("POST", "/admin/imports/reviews"));

        assertThat(answer).isInstanceOf(ModelAndView.class);
        ModelAndView view = (ModelAndView) answer;
        assertThat(view.getViewName()).isEqualTo("admin/imports");
        assertThat(view.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        AdminImportsView imports = (AdminImportsView) view.getModel().get("imports");
        assertThat(imports.errors()).singleElement().satisfies(e -> {
            assertThat(e.text()).contains("larger than 10 MB", "ladder.max-request-size", "nothing was stored");
            assertThat(e.href()).isEqualTo("#reviews-file");
        });
        assertThat(imports.forms().get(0).error()).isNull();
        assertThat(imports.forms().get(1).error()).contains("larger than 10 MB");
        assertThat(((Layout) view.getModel().get("layout")).signedInAs()).isEqualTo("admin");
    }

    @Test
    void anyOtherAddressGetsAProblemDetail() {
        Object answer = advice.tooLarge(new MaxUploadSizeExceededException(10L * 1024 * 1024),
                new MockHttpServletRequest("POST", "/api/employees/import"));

        assertThat(answer).isInstanceOf(ResponseEntity.class);
        ResponseEntity<?> response = (ResponseEntity<?>) answer;
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(((ProblemDetail) response.getBody()).getDetail()).contains("10485760 bytes", "ladder.max-request-size");
    }
}
