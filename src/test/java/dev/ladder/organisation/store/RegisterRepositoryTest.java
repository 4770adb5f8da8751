package dev.ladder.organisation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.ladder.organisation.Employee;
import dev.ladder.store.HostileStrings;
import dev.ladder.store.StoresUnderTest;

/**
 * The register graph's repository fed hostile strings, on TDB2 and on Fuseki over HTTP: every person
 * round-trips exactly, whatever their id, and one person's id never reaches another's data. (An id
 * holding {@code >} used to end the person's IRI early in the update text sent to a remote store.)
 */
class RegisterRepositoryTest extends StoresUnderTest {

    private static final String STORES = "dev.ladder.store.StoresUnderTest#stores";

    @ParameterizedTest
    @MethodSource(STORES)
    void everyoneRoundTripsExactlyWhateverTheirId(Store store) {
        RegisterRepository register = new RegisterRepository(store.store());
        Map<String, Employee> everyone = new TreeMap<>();
        everyone.put("E1", new Employee("E1", "Alex Morgan", "Planning", null, "milton-keynes", 2));
        HostileStrings.ALL.forEach(value -> everyone.put(value, new Employee(value, value, value, value, value, 3)));

        register.save(everyone.values());

        assertThat(register.load()).isEqualTo(everyone);
    }

    @ParameterizedTest
    @MethodSource(STORES)
    void savingWithoutAPersonKeepsEveryoneElseExactly(Store store) {
        RegisterRepository register = new RegisterRepository(store.store());
        Map<String, Employee> everyone = new TreeMap<>();
        everyone.put("E1", new Employee("E1", "Alex Morgan", "Planning", null, "milton-keynes", 2));
        HostileStrings.ALL.forEach(value -> everyone.put(value, new Employee(value, "n", "d", "E1", "f", 1)));
        register.save(everyone.values());

        List<String> gone = new ArrayList<>();
        for (String value : List.of("x> <urn:p> \"v\" } } ; DROP ALL ; #", "E1\" || ?r = ?r || \"", "?var", "")) {
            everyone.remove(value);
            gone.add(value);
            register.save(everyone.values());

            assertThat(register.load()).as("after removing %s", gone).isEqualTo(everyone);
        }
    }

    @ParameterizedTest
    @MethodSource(STORES)
    void idsThatLookAlikeGetIrisOfTheirOwn(Store store) {
        List<String> ids = List.of("a>b", "a%3Eb", "a%253Eb", "a b", "a+b", "a%20b", "a/b", "a#b", "a?b");
        RegisterRepository register = new RegisterRepository(store.store());

        register.save(ids.stream().map(id -> new Employee(id, id, "d", null, "f", 1)).toList());

        assertThat(register.load()).containsOnlyKeys(ids);
        assertThat(ids.stream().map(RegisterRepository::iri).distinct()).hasSameSizeAs(ids);
    }
}
