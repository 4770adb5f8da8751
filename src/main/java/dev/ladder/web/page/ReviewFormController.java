package dev.ladder.web.page;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import dev.ladder.assessment.Assessment;
import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.history.ReviewHistory;
import dev.ladder.history.ReviewService;
import dev.ladder.history.StoredReview;
import dev.ladder.organisation.Employee;
import dev.ladder.organisation.Organisation;
import dev.ladder.review.InvalidReview;
import dev.ladder.review.Period;
import dev.ladder.review.Review;
import dev.ladder.security.Access;
import dev.ladder.security.AuditTrail;
import dev.ladder.security.CurrentUsers;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Recording a review at {@code /people/{id}/reviews/new}: the person's line manager, or an
 * administrator. "Preview" assesses what was entered without storing it; "Save" stores it as
 * {@code POST /api/reviews} does (same validation, same service, same audit entry) and goes to the
 * person's page.
 */
@Controller
@RequestMapping("/people/{id}/reviews/new")
class ReviewFormController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Organisation organisation;
    private final Frameworks frameworks;
    private final ReviewFormMapper mapper;
    private final ReviewService reviews;
    private final ReviewHistory history;
    private final Access access;
    private final AuditTrail audit;
    private final CurrentUsers users;

    ReviewFormController(Organisation organisation, Frameworks frameworks, ReviewFormMapper mapper,
                         ReviewService reviews, ReviewHistory history, Access access, AuditTrail audit,
                         CurrentUsers users) {
        this.organisation = organisation;
        this.frameworks = frameworks;
        this.mapper = mapper;
        this.reviews = reviews;
        this.history = history;
        this.access = access;
        this.audit = audit;
        this.users = users;
    }

    /** An empty form for the current half-year, or for {@code period} when given. */
    @GetMapping
    String form(@PathVariable String id, @RequestParam(required = false) String period, Model model) {
        access.requireSubmit(id);
        Employee employee = employee(id);
        Framework framework = framework(employee);
        audit.record("READ", id, "GET /people/" + id + "/reviews/new");
        ReviewForm form = ReviewForm.blank(period == null || period.isBlank() ? currentHalf() : period.strip());
        return show(model, employee, framework, form, List.of(), null);
    }

    /** "Preview" (action=preview) assesses without storing; "Save" (action=save) stores and redirects. */
    @PostMapping
    String submit(@PathVariable String id, @RequestParam MultiValueMap<String, String> fields, Model model,
                  HttpServletResponse response) {
        access.requireSubmit(id);
        Employee employee = employee(id);
        Framework framework = framework(employee);
        ReviewForm form = ReviewForm.of(fields);
        boolean save = "save".equals(fields.getFirst("action"));
        ReviewFormMapper.Mapped mapped = mapper.map(form, employee, framework);
        if (mapped.review() == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, employee, framework, form, mapped.problems(), null);
        }
        Review review = mapped.review();
        try {
            if (save) {
                StoredReview stored = reviews.submit(review, users.current().username(),
                        audit.recording("SUBMIT", id, "POST /people/" + id + "/reviews/new (period " + review.period() + ")"));
                return "redirect:" + UriComponentsBuilder.fromPath("/people/{id}").queryParam("saved", "{period}")
                        .encode().buildAndExpand(id, stored.review().period()).toUriString();
            }
            Assessment assessment = reviews.preview(review);
            audit.record("READ", id, "POST /people/" + id + "/reviews/new (preview, period " + review.period() + ")");
            return show(model, employee, framework, form, List.of(), assessment);
        } catch (InvalidReview e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, employee, framework, form, mapper.place(e, form, framework), null);
        }
    }

    private String show(Model model, Employee employee, Framework framework, ReviewForm form,
                        List<ReviewFormProblem> problems, Assessment preview) {
        model.addAttribute("view", ReviewFormViews.of(employee, framework, form, problems,
                supersedes(employee, form.period()), preview));
        return "review-form";
    }

    /** The sentence warning that the period already has a review, or null. */
    private String supersedes(Employee employee, String period) {
        if (Period.parse(period).isEmpty()) {
            return null;
        }
        Optional<StoredReview> existing = history.of(employee.id()).stream().filter(StoredReview::current)
                .filter(r -> period.equals(r.review().period())).findFirst();
        return existing.map(r -> (employee.name() == null ? employee.id() : employee.name())
                + " already has a review for " + period + " (saved by " + r.submittedBy() + " on "
                + DATE.format(r.submittedAt().atZone(ZoneOffset.UTC)) + "). Saving this one will supersede it;"
                + " the earlier review stays in their history.").orElse(null);
    }

    private Employee employee(String id) {
        return organisation.find(id).orElseThrow(() -> new ReviewFormNotFound(
                "No employee '" + id + "' in the organisation register."));
    }

    private Framework framework(Employee employee) {
        return frameworks.find(employee.framework()).orElseThrow(() -> new ReviewFormNotFound(
                "The framework '" + employee.framework() + "' of employee '" + employee.id() + "' is not loaded."));
    }

    /** The half-year we are in, e.g. 2026-H2: what most reviews are written for. */
    static String currentHalf() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
    }

    @ExceptionHandler(ReviewFormNotFound.class)
    ModelAndView notFound(ReviewFormNotFound e) {
        ModelAndView view = ErrorView.of(HttpStatus.NOT_FOUND, e.getMessage());
        view.addObject("layout", PageModel.of(users.current(), null));
        return view;
    }

    /** A person or framework the form cannot find. */
    static class ReviewFormNotFound extends RuntimeException {
        ReviewFormNotFound(String message) {
            super(message);
        }
    }
}
