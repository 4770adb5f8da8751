package dev.ladder.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import dev.ladder.LadderApplication;
import dev.ladder.web.ApiClient;

/**
 * A generated demo password is kept in a file of the data folder that only its owner can read, and every
 * start logs where that file is, never the password.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoPasswordTest {

    @TempDir
    Path dataDir;

    @Test
    void aGeneratedPasswordIsInAnOwnerOnlyFileWhosePathEveryStartLogs(CapturedOutput output) throws IOException {
        Path file = dataDir.resolve("demo-password.txt");
        String password;
        try (ConfigurableApplicationContext first = start()) {
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            password = Files.readString(file).strip();
            assertThat(password).hasSize(16);

            ApiClient admin = new ApiClient(port(first), "admin", password);
            assertThat(admin.get("/api/frameworks").status()).isEqualTo(200);
            assertThat(new ApiClient(port(first), "admin", password + "x").get("/api/frameworks").status())
                    .isEqualTo(401);
        }
        assertThat(output.getOut()).contains("have a generated password, written to " + file.toAbsolutePath())
                .doesNotContain(password);
        int firstRun = output.getOut().length();

        try (ConfigurableApplicationContext again = start()) {
            assertThat(Files.readString(file).strip()).isEqualTo(password);
            assertThat(new ApiClient(port(again), "admin", password).get("/api/frameworks").status()).isEqualTo(200);
        }
        String secondRun = output.getOut().substring(firstRun);
        assertThat(secondRun).contains("the password is in " + file.toAbsolutePath()).doesNotContain(password);
    }

    @Test
    void aConfiguredPasswordWritesNoFile(CapturedOutput output) {
        String hash = DemoPassword.hash("letmein", dataDir, PasswordEncoderFactories.createDelegatingPasswordEncoder());

        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("letmein", hash)).isTrue();
        assertThat(dataDir.resolve("demo-password.txt")).doesNotExist();
        assertThat(dataDir.resolve("demo-password.hash")).doesNotExist();
        assertThat(output.getOut()).doesNotContain("Demo accounts");
    }

    /** The real web service on a free port, with demo accounts and no ladder.demo.password. */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LadderApplication.class).run("--server.port=0",
                "--ladder.data-dir=" + dataDir, "--ladder.demo.password=", "--ladder.security.demo-accounts=true",
                "--ladder.demo.enabled=false", "--ladder.watch-rules=false");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
