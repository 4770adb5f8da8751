package dev.ladder.web.page;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.ladder.security.CurrentUser;
import dev.ladder.security.CurrentUsers;
import dev.ladder.security.Role;
import jakarta.servlet.http.HttpServletRequest;

/** Adds the frame ({@link Layout}) to the model of every page, so templates hold no role logic. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    private final CurrentUsers users;

    PageModel(CurrentUsers users) {
        this.users = users;
    }

    @ModelAttribute("layout")
    Layout layout(HttpServletRequest request) {
        return of(users.current(), request.getRequestURI());
    }

    /** The menu for {@code user}: only the pages their roles open, in the order people use them. */
    static Layout of(CurrentUser user, String path) {
        if (user.roles().isEmpty() && "anonymous".equals(user.username())) { // not signed in
            return new Layout(null, List.of());
        }
        List<Layout.NavItem> nav = new ArrayList<>();
        if (user.employeeId() != null) {
            add(nav, "My development", "/me", path);
        }
        if (user.has(Role.MANAGER)) {
            add(nav, "My team", "/team", path);
        }
        if (user.has(Role.LND) || user.has(Role.ADMIN)) {
            add(nav, "Dashboard", "/dashboard", path);
        }
        add(nav, "Frameworks", "/frameworks", path);
        if (user.has(Role.ANALYST) || user.has(Role.ADMIN)) {
            add(nav, "Rules", "/rules", path);
            add(nav, "Workbench", "/policy", path);
        }
        if (user.has(Role.ADMIN)) {
            add(nav, "Imports", "/admin/imports", path);
            add(nav, "Audit trail", "/admin/audit", path);
        }
        return new Layout(user.username(), List.copyOf(nav));
    }

    private static void add(List<Layout.NavItem> nav, String label, String href, String path) {
        nav.add(new Layout.NavItem(label, href, path != null && (path.equals(href) || path.startsWith(href + "/"))));
    }
}
