package dev.ladder.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The version a rule set built from these files gets, without compiling them: the same content hash
 * as {@code RuleSetCompiler} (SHA-256 over each rule file's name and bytes, in name order, 12 hex
 * digits). Used for versions whose rules were not compiled here (the policy as found at start-up, or
 * edited by hand); {@code RuleSetHashTest} proves it agrees with the compiler.
 */
final class RuleSetHash {

    private RuleSetHash() {
    }

    static String of(Map<String, byte[]> files) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        boolean any = false;
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            if (!PolicyFiles.isFeature(file.getKey()) && PolicyFiles.isRuleFile(file.getKey())) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update(file.getValue());
                any = true;
            }
        }
        return any ? HexFormat.of().formatHex(digest.digest()).substring(0, 12) : null;
    }
}
