package dev.ladder.web.page;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import dev.ladder.history.ReviewHistory;
import dev.ladder.history.ReviewListener;
import dev.ladder.history.StoredReview;
import dev.ladder.review.Period;

/**
 * The review periods that have at least one current review, for the dashboard's period filter: read
 * once at start-up and kept current as reviews are stored or erased, so the page does not read the store.
 */
@Component
class DashboardPeriods implements ReviewListener, SmartInitializingSingleton {

    private final ReviewHistory history;
    /** period → the people with a review of that period. */
    private final Map<String, Set<String>> people = new ConcurrentHashMap<>();

    DashboardPeriods(ReviewHistory history) {
        this.history = history;
    }

    @Override
    public void afterSingletonsInstantiated() {
        history.eachCurrent((review, assessment) -> add(review.period(), review.employeeId()));
    }

    @Override
    public void stored(StoredReview review) {
        add(review.review().period(), review.review().employeeId());
    }

    @Override
    public void erased(String employeeId) {
        people.values().forEach(set -> set.remove(employeeId));
        people.entrySet().removeIf(e -> e.getValue().isEmpty());
    }

    /** The periods with reviews, newest first. */
    List<String> newestFirst() {
        return people.keySet().stream().sorted(Period.TEXT_ORDER.reversed()).toList();
    }

    private void add(String period, String employeeId) {
        people.computeIfAbsent(period, p -> ConcurrentHashMap.newKeySet()).add(employeeId);
    }
}
