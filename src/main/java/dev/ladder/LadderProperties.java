package dev.ladder;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ladder's own settings, all under the prefix {@code ladder.}; every one is documented in the README
 * (the demo settings in {@code docs/bulk.md}).
 *
 * @param dataDir     folder of the embedded TDB2 database (created when missing)
 * @param ontologyDir folder holding {@code competency.ttl}, {@code shapes.ttl} and {@code frameworks/*.ttl}
 * @param rulesDir    folder holding the Drools rule files analysts edit
 * @param watchRules  whether a change under {@code rulesDir} is compiled and swapped in by itself
 * @param demo        the synthetic demo organisation generated into an empty register at start-up
 * @param featuresDir folder of the Cucumber scenarios ({@code *.feature}) that specify the policy;
 *                    the workbench checks drafts against them and publishes edits to them
 * @param policyHistory git repository of published policy versions; unset means
 *                    {@code <data-dir>/policy-history}
 */
@ConfigurationProperties("ladder")
public record LadderProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("./ontology") Path ontologyDir,
        @DefaultValue("./rules") Path rulesDir,
        @DefaultValue("true") boolean watchRules,
        @DefaultValue DemoSettings demo,
        @DefaultValue("./features") Path featuresDir,
        Path policyHistory) {

    /** Where published policy versions are kept: {@code ladder.policy-history}, else in the data folder. */
    public Path policyHistoryDir() {
        return policyHistory != null ? policyHistory : dataDir.resolve("policy-history");
    }

    /**
     * {@code ladder.demo.*}: a reproducible synthetic organisation with three periods of reviews.
     *
     * @param enabled   generate it at start-up when the organisation register is empty; unset means
     *                  "with the embedded store" (on for {@code ladder.store.type=tdb2}, off for remote)
     * @param employees how many people (split over the frameworks, every level of each)
     * @param seed      seed of the random generator: the same seed gives the same organisation
     */
    public record DemoSettings(
            Boolean enabled,
            @DefaultValue("300") int employees,
            @DefaultValue("42") long seed) {

        /** Off: what tests and the command line use. */
        public static DemoSettings off() {
            return new DemoSettings(false, 300, 42);
        }
    }
}
