package dev.ladder.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.ladder.framework.LoadedFrameworks;
import dev.ladder.organisation.store.RegisterRepository;
import dev.ladder.store.StoresUnderTest;

/**
 * The register is read in the background at start-up: whoever asks meanwhile (a find, an import, an
 * erasure) waits for it and sees everyone stored, on TDB2 and on Fuseki over HTTP.
 */
class OrganisationTest extends StoresUnderTest {

    private static final String STORES = "dev.ladder.store.StoresUnderTest#stores";
    private static final int PEOPLE = 1_000;
    private static final String HEADER = String.join(",", EmployeeCsv.HEADER) + "\n";

    @ParameterizedTest
    @MethodSource(STORES)
    void whatIsAskedWhileTheRegisterIsFirstReadSeesEveryoneStored(Store store) throws Exception {
        // enough people that the first read may still be going when the others ask
        List<Employee> stored = new ArrayList<>();
        stored.add(new Employee("OT0001", "Alex Morgan", "Planning", null, "milton-keynes", 2));
        stored.add(new Employee("OT0002", "Sam Patel", "Planning", "OT0001", "milton-keynes", 1));
        for (int i = 0; i < PEOPLE; i++) {
            stored.add(new Employee("X%05d".formatted(i), "Person " + i, "Housing", "OT0001", "milton-keynes", 1));
        }
        new RegisterRepository(store.store()).save(stored);
        ExecutorService askers = Executors.newFixedThreadPool(3);
        try {
            Organisation organisation = new Organisation(store.store(), LoadedFrameworks.get(), null);
            // straight away, from three threads (the import and the erasure hold the register's lock
            // while they wait for the first read, which therefore does not take it)
            Future<Integer> imported = askers.submit(() -> organisation.importCsv(
                    HEADER + "OT0003,Jo Reyes,Housing,OT0001,milton-keynes,1\n"));
            Future<Boolean> erased = askers.submit(() -> organisation.erase("OT0002"));
            Future<Boolean> found = askers.submit(() -> organisation.find("OT0001").isPresent());

            assertThat(imported.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(erased.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(found.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(organisation.all()).hasSize(PEOPLE + 2).map(Employee::id)
                    .contains("OT0001", "OT0003", "X00000").doesNotContain("OT0002");
            assertThat(new RegisterRepository(store.store()).load()).hasSize(PEOPLE + 2)
                    .containsKeys("OT0001", "OT0003").doesNotContainKey("OT0002");
        } finally {
            askers.shutdownNow();
        }
    }
}
