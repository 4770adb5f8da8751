package dev.ladder.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts file is read by the one CSV reader: quoted cells work, a malformed file stops start-up by line. */
class AccountsFileTest {

    @TempDir
    Path dir;

    @Test
    void quotedCellsAndCommentsAreRead() throws IOException {
        Accounts accounts = accounts("username,password-hash,roles,employee-id\n"
                + "# a comment\n"
                + "\"jo, lewis\",{noop}x,\"MANAGER; EMPLOYEE\",MK0004\n");

        assertThat(accounts.find("jo, lewis")).hasValueSatisfying(user -> {
            assertThat(user.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.EMPLOYEE);
            assertThat(user.employeeId()).isEqualTo("MK0004");
        });
    }

    @Test
    void aMalformedFileStopsStartUpNamingTheFileAndLine() throws IOException {
        assertThatThrownBy(() -> accounts("username,password-hash,roles,employee-id\n"
                + "ann,{noop}x,ADMIN,\n"
                + "bob,\"{noop}x,ADMIN,\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("accounts.csv")
                .hasMessageContaining("line 3: malformed CSV");
    }

    private Accounts accounts(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("accounts.csv"), text);
        return new Accounts(new SecurityProperties("local", file, false, false, "roles", "employee_id"), null, null);
    }
}
