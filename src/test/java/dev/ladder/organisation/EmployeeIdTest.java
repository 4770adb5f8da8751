package dev.ladder.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmployeeIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"MK0001", "a", "7", "0-leading-digit", "a.b_c-d", "a..b", "trailing.", "trailing-",
            "UPPER_lower.9", "administrator", "lnd2"})
    void theAlphabetAtItsEdgesIsAnId(String id) {
        assertThat(EmployeeId.problem(id)).isEmpty();
        assertThat(EmployeeId.isValid("x".repeat(EmployeeId.MAX_LENGTH))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "../../etc/passwd", ".", "..", ".hidden", "-x", "_x", "a/b", "a\\b",
            "a\"b", "a'b", "{x}", "a b", "a\tb", "a\u0000b", "a\nb", "é", "ＭＫ", "١٢", "a%2Fb", "a;b", "a,b", "admin",
            "LND", "Analyst", ""})
    void anythingElseIsRefusedWithTheRule(String id) {
        assertThat(EmployeeId.problem(id)).hasValueSatisfying(p -> assertThat(p).contains("expected"));
    }

    @Test
    void aLongIdIsRefusedWithoutRepeatingIt() {
        assertThat(EmployeeId.problem("x".repeat(EmployeeId.MAX_LENGTH + 1))).isPresent();
        assertThat(EmployeeId.problem("x".repeat(100_000))).hasValueSatisfying(p -> {
            assertThat(p).startsWith("is 100000 characters long; expected 1 to 64 characters");
            assertThat(p.length()).isLessThan(200);
        });
    }

    @Test
    void theMessageNamesTheCharacterAndWhere() {
        assertThat(EmployeeId.problem("ab/c")).contains("holds '/' (U+002F) at character 3; expected " + EmployeeId.RULE);
        assertThat(EmployeeId.problem("a\u0007")).contains("holds U+0007 at character 2; expected " + EmployeeId.RULE);
        assertThat(EmployeeId.problem("..")).contains("starts with '.' (U+002E); expected " + EmployeeId.RULE);
        assertThat(EmployeeId.problem("admin")).hasValueSatisfying(p -> assertThat(p).contains("built-in account"));
    }
}
