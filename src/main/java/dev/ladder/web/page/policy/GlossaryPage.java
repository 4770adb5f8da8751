package dev.ladder.web.page.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.ladder.scenario.StepGlossary;
import dev.ladder.scenario.StepSentence;

/**
 * The glossary at {@code /policy/glossary}: every sentence a scenario may use, by topic, with its
 * meaning, parameters and an example from the feature files (as {@code features/GLOSSARY.md} has it).
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class GlossaryPage {

    private final StepGlossary glossary;

    GlossaryPage(StepGlossary glossary) {
        this.glossary = glossary;
    }

    /** The sentences under one topic, with the id of its heading. */
    record Topic(String title, String id, List<StepSentence> sentences) {
    }

    @GetMapping("/policy/glossary")
    String glossary(Model model) {
        Map<String, List<StepSentence>> byTopic = new LinkedHashMap<>();
        for (StepSentence sentence : glossary.sentences()) {
            byTopic.computeIfAbsent(sentence.topic(), t -> new ArrayList<>()).add(sentence);
        }
        List<Topic> topics = new ArrayList<>();
        byTopic.forEach((title, sentences) -> topics.add(new Topic(title,
                "topic-" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), List.copyOf(sentences))));
        model.addAttribute("topics", topics);
        model.addAttribute("count", byTopic.values().stream().mapToInt(List::size).sum());
        return "policy/glossary";
    }
}
