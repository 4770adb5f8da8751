package dev.ladder.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password of the demo accounts: {@code ladder.demo.password} when set; otherwise one generated
 * at first start, printed once to the log, and kept (as a hash only) in the data folder so it stays
 * the same after a restart.
 */
final class DemoPassword {

    private static final Logger log = LoggerFactory.getLogger(DemoPassword.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private DemoPassword() {
    }

    /** The hash the demo accounts check passwords against. */
    static String hash(String configured, Path dataDir, PasswordEncoder encoder) {
        if (configured != null && !configured.isBlank()) {
            return encoder.encode(configured);
        }
        Path file = dataDir.resolve("demo-password.hash");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            SecureRandom random = new SecureRandom();
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String hash = encoder.encode(password);
            Files.createDirectories(dataDir);
            Files.writeString(file, hash);
            log.warn("Demo accounts (admin, lnd, analyst, and everyone in the register by employee id) have the "
                    + "generated password: {}  (shown once; set ladder.demo.password to choose one)", password);
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo password in " + file, e);
        }
    }
}
