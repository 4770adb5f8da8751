package dev.ladder.web.page;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import dev.ladder.history.ReviewHistory;
import dev.ladder.organisation.Employee;
import dev.ladder.organisation.Organisation;
import dev.ladder.security.Access;
import dev.ladder.security.AuditTrail;
import dev.ladder.security.CurrentUser;
import dev.ladder.security.CurrentUsers;

/**
 * "My development" ({@code /me}), a person's page as their manager or an administrator sees it
 * ({@code /people/{id}}), the "My team" table ({@code /team}) and the subject-access download for a
 * signed-in browser ({@code /me/record}, {@code /people/{id}/record}; the API's {@code /api/…/record}
 * takes HTTP Basic or a token, not the pages' session). Same access rules and audit entries as the API.
 */
@Controller
class DevelopmentController {

    private final Organisation organisation;
    private final ReviewHistory history;
    private final Access access;
    private final AuditTrail audit;
    private final CurrentUsers users;
    private final DevelopmentViews views;

    DevelopmentController(Organisation organisation, ReviewHistory history, Access access, AuditTrail audit,
                          CurrentUsers users, DevelopmentViews views) {
        this.organisation = organisation;
        this.history = history;
        this.access = access;
        this.audit = audit;
        this.users = users;
        this.views = views;
    }

    @GetMapping("/me")
    String me(Model model) {
        CurrentUser user = users.current();
        if (user.employeeId() == null || organisation.find(user.employeeId()).isEmpty()) {
            model.addAttribute("username", user.username());
            return "no-employee-record";
        }
        Employee employee = read(user.employeeId(), "GET /me");
        model.addAttribute("view", views.of(employee, true, "/me/record", newReviewHref(employee.id())));
        return "development";
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable String id, @RequestParam(required = false) String saved, Model model) {
        Employee employee = read(id, "GET /people/" + id);
        // Back from "Record a review": say what was saved
        model.addAttribute("savedPeriod", saved);
        boolean self = id.equals(users.current().employeeId());
        model.addAttribute("view", views.of(employee, self, "/people/" + id + "/record", newReviewHref(id)));
        return "development";
    }

    @GetMapping("/team")
    @PreAuthorize("hasRole('MANAGER')")
    String team(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                Model model) {
        CurrentUser user = users.current();
        var reports = user.employeeId() == null ? java.util.List.<Employee>of()
                : organisation.directReports(user.employeeId());
        // The table shows parts of each report's assessment: one audit entry each, in one write
        audit.recordAll("READ", reports.stream().map(Employee::id).toList(), "GET /team");
        model.addAttribute("team", TeamView.sorted(views.teamRows(reports), sort, dir));
        return "team";
    }

    @GetMapping(path = "/me/record", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> myRecord() {
        String id = users.current().employeeId();
        if (id == null) {
            throw new UnknownPerson(users.current().username() + " has no employee record");
        }
        return record(id, "GET /me/record");
    }

    @GetMapping(path = "/people/{id}/record", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> personRecord(@PathVariable String id) {
        return record(id, "GET /people/" + id + "/record");
    }

    /** The same download as {@code GET /api/employees/{id}/record}. */
    private ResponseEntity<Map<String, Object>> record(String id, String what) {
        Employee employee = read(id, what);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ladder-record-" + id + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("employee", employee, "reviews", history.of(id)));
    }

    /** "Record a review" when the viewer may submit one (the line manager or an administrator). */
    private String newReviewHref(String id) {
        try {
            access.requireSubmit(id);
            return "/people/" + id + "/reviews/new";
        } catch (AccessDeniedException e) {
            return null;
        }
    }

    /**
     * The person, if the viewer may see them, with the read in the audit trail. As in the API, access is
     * checked before existence, so ids cannot be enumerated; an administrator is told an id is unknown.
     */
    private Employee read(String id, String what) {
        access.requireRead(id);
        Employee employee = organisation.find(id)
                .orElseThrow(() -> new UnknownPerson("No employee '" + id + "' in the register"));
        audit.record("READ", id, what);
        return employee;
    }

    @ExceptionHandler(UnknownPerson.class)
    ModelAndView unknown(UnknownPerson e) {
        ModelAndView view = ErrorView.of(HttpStatus.NOT_FOUND, e.getMessage());
        view.addObject("layout", PageModel.of(users.current(), null));
        return view;
    }

    /** Nobody of that id in the register. */
    static final class UnknownPerson extends RuntimeException {
        UnknownPerson(String message) {
            super(message);
        }
    }
}
