package dev.ladder.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks passwords with a slow hash (bcrypt), and remembers a successful check for a few minutes.
 * HTTP Basic sends the password with every request; without this, every API call would pay a full
 * bcrypt (tens of milliseconds). Only a SHA-256 of password and stored hash is kept, never the
 * password; a failed check is never remembered, and a changed hash no longer matches.
 */
final class CachingPasswordEncoder implements PasswordEncoder {

    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final Map<String, Long> verified = new ConcurrentHashMap<>();

    CachingPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String key = sha256(rawPassword + "\u0000" + encodedPassword);
        long now = System.nanoTime();
        Long until = verified.get(key);
        if (until != null && until - now > 0) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, now + KEEP.toNanos());
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
