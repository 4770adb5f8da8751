package dev.ladder.policy;

import java.util.Map;
import java.util.TreeMap;

import dev.ladder.assessment.RuleSetCompiler;

/**
 * The version a rule set built from these files gets, without compiling them: the same content hash
 * as {@link RuleSetCompiler#version} (SHA-256 over each rule file's name and bytes, in name order, 12
 * hex digits), over the rule files among policy files (scenarios left out). Used for versions whose rules were not compiled here (the policy as found when the history began, or
 * edited by hand); {@code RuleSetHashTest} proves it agrees with the compiler.
 */
final class RuleSetHash {

    private RuleSetHash() {
    }

    static String of(Map<String, byte[]> files) {
        java.util.SortedMap<String, byte[]> rules = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (!PolicyFiles.isFeature(name) && PolicyFiles.isRuleFile(name)) {
                rules.put(name, bytes);
            }
        });
        return rules.isEmpty() ? null : RuleSetCompiler.version(rules);
    }
}
