package dev.ladder.web.page;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.ladder.security.CurrentUser;
import dev.ladder.security.CurrentUsers;
import dev.ladder.security.Role;
import dev.ladder.security.SignInOptions;

/** The sign-in page, and the home page that sends each person to what they use most. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // sign-in options exist only there
class SignInController {

    private final SignInOptions options;
    private final CurrentUsers users;

    SignInController(SignInOptions options, CurrentUsers users) {
        this.options = options;
        this.users = users;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(name = "signed-out", required = false)
                 String signedOut, Model model) {
        model.addAttribute("options", options);
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        return "login";
    }

    /**
     * Managers to their team, L&D and administrators to the dashboard, analysts to the rules, everyone
     * else with an employee record to their development.
     */
    @GetMapping("/")
    String home() {
        return "redirect:" + homeOf(users.current());
    }

    static String homeOf(CurrentUser user) {
        if (user.has(Role.MANAGER)) {
            return "/team";
        }
        if (user.has(Role.LND) || user.has(Role.ADMIN)) {
            return "/dashboard";
        }
        if (user.has(Role.ANALYST)) {
            return "/rules";
        }
        if (user.employeeId() != null) {
            return "/me";
        }
        return "/frameworks";
    }
}
