package dev.ladder;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ladder's own settings, all under the prefix {@code ladder.}; every one is documented in the README.
 *
 * @param dataDir     folder of the embedded TDB2 database (created when missing)
 * @param ontologyDir folder holding {@code competency.ttl}, {@code shapes.ttl} and {@code frameworks/*.ttl}
 * @param rulesDir    folder holding the Drools rule files analysts edit
 * @param watchRules  whether a change under {@code rulesDir} is compiled and swapped in by itself
 */
@ConfigurationProperties("ladder")
public record LadderProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("./ontology") Path ontologyDir,
        @DefaultValue("./rules") Path rulesDir,
        @DefaultValue("true") boolean watchRules) {
}
