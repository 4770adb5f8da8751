package dev.ladder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.ladder.organisation.Csv;
import dev.ladder.organisation.EmployeeCsv;
import dev.ladder.organisation.EmployeeId;
import tools.jackson.databind.JsonNode;

/**
 * Employee ids over real HTTP: everyone an HR import stores can be read, can sign in and can be erased
 * through the API, whatever their id within the id alphabet; every id outside it is refused at the
 * import by line and column, and nothing of that file is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmployeeIdApiTest {

    /** The alphabet at its edges: the longest id, digits first, dots (also twice and last), '-' and '_'. */
    static final List<String> EDGES = List.of("9" + "z".repeat(EmployeeId.MAX_LENGTH - 2) + "Z", "7", "ID.edge-1_x",
            "id..edge", "id.edge.", "id_edge-");

    static final List<String> HOSTILE = List.of("=cmd|' /C calc'!A0", "../../etc/passwd", "..", ".", "a/b", "a\\b",
            "a\"b", "a'b", "{x}", "x}", "a\u0000b", "a\u0007b", "x".repeat(100_000), "a b", "a%2Fb", "admin", "Analyst");

    @LocalServerPort
    int port;

    @Test
    void everyoneStoredCanBeReadSignInAndBeErased() {
        ApiClient admin = new ApiClient(port);
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < EDGES.size(); i++) {
            // each managed by the one before: manager_id takes the same alphabet
            rows.add(Arrays.asList(EDGES.get(i), "Edge " + i, "Edges", i == 0 ? null : EDGES.get(i - 1),
                    "milton-keynes", 1));
        }
        ApiClient.Response imported = admin.postCsv("/api/employees/import", Csv.write(EmployeeCsv.HEADER, rows));
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);

        for (String id : EDGES) {
            ApiClient.Response read = admin.get("/api/employees/" + id);
            assertThat(read.status()).as(id + ": " + read.text()).isEqualTo(200);
            assertThat(read.body().get("id").asString()).isEqualTo(id);
            assertThat(admin.get("/api/employees/" + id + "/record").status()).as(id).isEqualTo(200);
            ApiClient.Response self = admin.as(id).get("/api/employees/" + id);
            assertThat(self.status()).as(id + " signed in: " + self.text()).isEqualTo(200);
        }
        for (int i = EDGES.size() - 1; i >= 0; i--) {
            String id = EDGES.get(i);
            ApiClient.Response erased = admin.delete("/api/employees/" + id);
            assertThat(erased.status()).as(id + ": " + erased.text()).isEqualTo(200);
            assertThat(erased.body().get("employeeId").asString()).isEqualTo(id);
            assertThat(admin.get("/api/employees/" + id).status()).as(id).isEqualTo(404);
        }
    }

    @Test
    void everyHostileIdIsRefusedByLineAndColumnAndNothingIsStored() {
        ApiClient admin = new ApiClient(port);
        String before = admin.get("/api/employees?size=1000").text();
        List<List<?>> rows = new ArrayList<>();
        rows.add(Arrays.asList("HOSTILE-OK", "Kept out", "Edges", null, "milton-keynes", 1));
        HOSTILE.forEach(id -> rows.add(Arrays.asList(id, "Hostile", "Edges", null, "milton-keynes", 1)));
        for (int i = 0; i < HOSTILE.size(); i++) {
            rows.add(Arrays.asList("HOSTILE-M" + i, "Hostile manager", "Edges", HOSTILE.get(i), "milton-keynes", 1));
        }

        ApiClient.Response response = admin.postCsv("/api/employees/import", Csv.write(EmployeeCsv.HEADER, rows));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("title").asString()).isEqualTo("Invalid CSV");
        List<String> problems = new ArrayList<>();
        for (JsonNode p : response.body().get("problems")) {
            problems.add(p.get("line").asInt() + " " + p.get("columnNumber").asInt() + " " + p.get("column").asString());
            assertThat(p.get("message").asString()).startsWith("employee id ").hasSizeLessThan(300);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            expected.add((3 + i) + " 1 employee_id");
        }
        for (int i = 0; i < HOSTILE.size(); i++) {
            expected.add((3 + HOSTILE.size() + i) + " 4 manager_id");
        }
        assertThat(problems).containsExactlyElementsOf(expected);
        assertThat(admin.get("/api/employees/HOSTILE-OK").status()).isEqualTo(404);
        assertThat(admin.get("/api/employees?size=1000").text()).isEqualTo(before);
    }

    @Test
    void aMalformedFileIsA400NamingItsLine() {
        ApiClient.Response response = new ApiClient(port).postCsv("/api/employees/import",
                String.join(",", EmployeeCsv.HEADER) + "\nMALFORMED-1,Sam,D,,milton-keynes,1\n"
                        + "MALFORMED-2,\"Sam,D,,milton-keynes,1\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("problems")).singleElement().satisfies(p -> {
            assertThat(p.get("line").asInt()).isEqualTo(3);
            assertThat(p.get("message").asString()).contains("never closed");
        });
        assertThat(new ApiClient(port).get("/api/employees/MALFORMED-1").status()).isEqualTo(404);
    }
}
