package dev.ladder.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password of the demo accounts: {@code ladder.demo.password} when set; otherwise one generated
 * at first start. A generated password is written to {@value #PASSWORD_FILE} in the data folder,
 * readable only by its owner, and only its hash ({@value #HASH_FILE}) is used for checking. Every start
 * logs where the file is, never the password itself, as servers do for their initial admin password.
 */
final class DemoPassword {

    static final String PASSWORD_FILE = "demo-password.txt";
    static final String HASH_FILE = "demo-password.hash";
    private static final Logger log = LoggerFactory.getLogger(DemoPassword.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String ACCOUNTS = "Demo accounts (admin, lnd, analyst, and everyone in the register by employee id)";

    private DemoPassword() {
    }

    /** The hash the demo accounts check passwords against. */
    static String hash(String configured, Path dataDir, PasswordEncoder encoder) {
        if (configured != null && !configured.isBlank()) {
            return encoder.encode(configured);
        }
        Path hashFile = dataDir.resolve(HASH_FILE);
        Path passwordFile = dataDir.resolve(PASSWORD_FILE).toAbsolutePath().normalize();
        try {
            if (Files.exists(hashFile)) {
                if (Files.exists(passwordFile)) {
                    log.info("{}: the password is in {} (readable only by its owner; set ladder.demo.password "
                            + "to choose one)", ACCOUNTS, passwordFile);
                } else {
                    // a data folder from before the password was kept in a file: it was logged once, then
                    log.warn("{}: the generated password is not in {}; it was shown once in the log of the first "
                            + "start. To get a new one, delete {} and restart, or set ladder.demo.password",
                            ACCOUNTS, passwordFile, hashFile.toAbsolutePath().normalize());
                }
                return Files.readString(hashFile).strip();
            }
            String password = generate();
            Files.createDirectories(dataDir);
            writeOwnerOnly(passwordFile, password + "\n");
            String hash = encoder.encode(password);
            Files.writeString(hashFile, hash);
            log.warn("{} have a generated password, written to {} (readable only by its owner; set "
                    + "ladder.demo.password to choose one)", ACCOUNTS, passwordFile);
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo password in " + dataDir.toAbsolutePath(), e);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Creates the file owner-only (POSIX 600) before anything is written to it, so it is never readable by others. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            java.io.File plain = file.toFile();
            boolean owner = plain.setReadable(false, false) && plain.setReadable(true, true)
                    && plain.setWritable(false, false) && plain.setWritable(true, true);
            if (!owner) {
                log.warn("Could not make {} readable only by its owner", file);
            }
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
