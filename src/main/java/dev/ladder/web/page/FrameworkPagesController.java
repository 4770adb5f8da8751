package dev.ladder.web.page;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.ladder.framework.Framework;
import dev.ladder.framework.Level;
import dev.ladder.web.NotFound;

/**
 * The frameworks' pages, for everyone signed in: the three councils' frameworks and the themes they
 * share, one framework's levels and competencies, what a level expects and what the next adds, and a
 * search across every council's behaviours. The same frameworks as {@code GET /api/frameworks}.
 */
@Controller
class FrameworkPagesController {

    private final FrameworkPageViews views;

    FrameworkPagesController(FrameworkPageViews views) {
        this.views = views;
    }

    @GetMapping("/frameworks")
    String list(Model model) {
        model.addAttribute("page", views.list());
        return "frameworks/list";
    }

    @GetMapping("/frameworks/search")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("page", views.search(q));
        return "frameworks/search";
    }

    @GetMapping("/frameworks/{id}")
    String framework(@PathVariable String id, Model model) {
        model.addAttribute("page", views.framework(find(id)));
        return "frameworks/framework";
    }

    /** {@code rank} is taken as text so that "/levels/top" is the 404 page too, not a 400. */
    @GetMapping("/frameworks/{id}/levels/{rank}")
    String level(@PathVariable String id, @PathVariable String rank, Model model) {
        Framework framework = find(id);
        Level level = parse(rank).flatMap(framework::level).orElseThrow(() -> NotFound.of(
                "The " + framework.title() + " has no level " + rank + "; its levels are "
                        + framework.levels().stream().map(l -> Integer.toString(l.rank()))
                        .collect(java.util.stream.Collectors.joining(", ")) + "."));
        model.addAttribute("page", views.level(framework, level));
        return "frameworks/level";
    }

    private Framework find(String id) {
        return views.find(id).orElseThrow(() -> NotFound.of(
                "There is no framework '" + id + "'; the frameworks are " + views.knownFrameworks() + "."));
    }

    private static java.util.Optional<Integer> parse(String rank) {
        if (!rank.matches("[0-9]{1,6}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Integer.parseInt(rank));
    }
}
