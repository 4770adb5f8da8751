package dev.ladder.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The review period: its formats and its order. */
class PeriodTest {

    @Test
    void readsEveryFormatAsTheMonthsItCovers() {
        assertThat(Period.parse("2026").orElseThrow()).extracting(Period::first, Period::last)
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        assertThat(Period.parse("2026-H2").orElseThrow()).extracting(Period::first, Period::last)
                .containsExactly(YearMonth.of(2026, 7), YearMonth.of(2026, 12));
        assertThat(Period.parse("2026-Q2").orElseThrow()).extracting(Period::first, Period::last)
                .containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 6));
        assertThat(Period.parse("2026-05").orElseThrow()).extracting(Period::first, Period::last)
                .containsExactly(YearMonth.of(2026, 5), YearMonth.of(2026, 5));
    }

    @Test
    void refusesEverythingElse() {
        for (String text : List.of("", "banana", "26", "20261", "2026-", "2026-H0", "2026-H3", "2026-Q0", "2026-Q5",
                "2026-00", "2026-13", "2026-1", "2026-h1", "2026-q2", " 2026", "2026 ", "2026/05", "2026-05-01",
                "٢٠٢٦", "２０２６", "2026-H1-Q1")) {
            assertThat(Period.parse(text)).as("'%s'", text).isEmpty();
            assertThat(Period.problem(text)).as(text).get().asString().contains("expected a year (2026)");
        }
        assertThat(Period.parse(null)).isEmpty();
    }

    @Test
    void periodsOrderByTheMonthTheyEndInThenTheLongerFirst() {
        List<String> inOrder = List.of("2025", "2026-01", "2026-Q1", "2026-03", "2026-H1", "2026-Q2", "2026-06",
                "2026-Q3", "2026-09", "2026", "2026-H2", "2026-Q4", "2026-12", "2027-01");
        List<String> shuffled = new ArrayList<>(inOrder);
        Collections.shuffle(shuffled, new Random(7));

        shuffled.sort(Period.TEXT_ORDER);

        assertThat(shuffled).containsExactlyElementsOf(inOrder);
        assertThat(Period.parse("2026-H1").orElseThrow()).isLessThan(Period.parse("2026").orElseThrow());
    }

    @Test
    void textsThatAreNotPeriodsSortBeforeEveryPeriodInTextOrder() {
        List<String> texts = new ArrayList<>(List.of("2025", "banana", "R00001", "2024-Q4"));

        texts.sort(Period.TEXT_ORDER);

        assertThat(texts).containsExactly("R00001", "banana", "2024-Q4", "2025");
    }
}
