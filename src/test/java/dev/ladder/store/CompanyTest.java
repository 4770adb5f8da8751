package dev.ladder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** How many changes the group committer's writer expects together, on a clock the test moves. */
class CompanyTest {

    private final AtomicLong now = new AtomicLong(42_000_000_000L);
    private final Company company = new Company(now::get);

    @Test
    void nothingWrittenYetMeansAChangeComesAlone() {
        assertThat(company.usual()).isEqualTo(1);
    }

    @Test
    void theLargestGroupOfTheLastSecondIsTheUsualCompany() {
        company.written(8);
        assertThat(company.usual()).isEqualTo(8);
        now.addAndGet(500_000_000L);
        company.written(3);
        assertThat(company.usual()).as("a smaller group within the second changes nothing").isEqualTo(8);
        now.addAndGet(400_000_000L);
        company.written(8);
        now.addAndGet(900_000_000L);
        assertThat(company.usual()).as("a group as large renews the second").isEqualTo(8);
    }

    @Test
    void aGroupIsForgottenAfterASecond() {
        company.written(8);
        now.addAndGet(Company.MEMORY + 1);
        assertThat(company.usual()).isEqualTo(1);
        company.written(3);
        assertThat(company.usual()).as("the next group is the new measure, smaller or not").isEqualTo(3);
    }
}
