package dev.ladder.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * Records, while a session runs, every rule that fires (in firing order), the facts its match used
 * and what it inserted; afterwards it tells which of those conclusions still stand.
 */
final class FiringRecorder {

    private final FactWords words;
    private final List<Firing> firings = new ArrayList<>();
    private Firing current;

    FiringRecorder(FactWords words) {
        this.words = words;
    }

    void listenTo(KieSession session) {
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                current = new Firing(event.getMatch().getRule().getName(),
                        event.getMatch().getObjects().stream().flatMap(o -> words.describe(o).stream()).toList(),
                        new ArrayList<>());
                firings.add(current);
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                current = null;
            }
        });
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (current != null) {
                    current.inserted().add(event.getObject());
                }
            }
        });
    }

    /** The firings in order; a conclusion no longer in {@code session} is marked as withdrawn. */
    List<Explanation.FiredRule> fired(KieSession session) {
        Set<Object> standing = Collections.newSetFromMap(new IdentityHashMap<>());
        standing.addAll(session.getObjects());
        return firings.stream().map(f -> new Explanation.FiredRule(f.rule(), f.facts(), f.inserted().stream()
                .flatMap(o -> words.describe(o).stream().map(text -> standing.contains(o) ? text
                        : text + " (withdrawn: the facts behind it stopped holding)"))
                .toList())).toList();
    }

    private record Firing(String rule, List<String> facts, List<Object> inserted) {
    }
}
