package dev.ladder.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import dev.ladder.LadderProperties;
import dev.ladder.assessment.RuleSets;
import dev.ladder.framework.Frameworks;
import dev.ladder.organisation.Organisation;

/**
 * At start-up, with {@code ladder.demo.enabled} and an empty organisation register, generates the
 * demo organisation ({@code ladder.demo.employees}, {@code ladder.demo.seed}) and logs what it did.
 * A failure is logged and the service starts anyway.
 */
@Component
class DemoStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final LadderProperties properties;
    private final Organisation organisation;
    private final Frameworks frameworks;
    private final RuleSets ruleSets;
    private final Demo demo;
    private final String storeType;

    DemoStartup(LadderProperties properties, Organisation organisation, Frameworks frameworks, RuleSets ruleSets,
                Demo demo, @Value("${ladder.store.type:tdb2}") String storeType) {
        this.storeType = storeType;
        this.properties = properties;
        this.organisation = organisation;
        this.frameworks = frameworks;
        this.ruleSets = ruleSets;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        LadderProperties.DemoSettings settings = properties.demo();
        if (!enabled(settings, storeType)) {
            return;
        }
        if (!organisation.all().isEmpty()) {
            log.info("Demo organisation not generated: the register already holds {} people", organisation.all().size());
            return;
        }
        if (frameworks.all().isEmpty() || ruleSets.current().isEmpty()) {
            log.warn("Demo organisation not generated: {}", frameworks.all().isEmpty()
                    ? "no frameworks are loaded" : "no rule set has compiled");
            return;
        }
        log.info("Generating the demo organisation: {} employees, seed {} (ladder.demo.*)", settings.employees(),
                settings.seed());
        try {
            Demo.Result result = demo.generate(settings.employees(), settings.seed());
            log.info("Demo organisation generated in {} ms: {} employees {} (register {} ms), {} reviews of {} "
                            + "assessed and stored in {} ms", result.millis(), result.employees(),
                    result.employeesByFramework(), result.organisationMillis(), result.reviews(),
                    DemoReviews.PERIODS, result.reviewMillis());
        } catch (RuntimeException e) {
            log.error("Demo organisation could not be generated", e);
        }
    }

    /** {@code ladder.demo.enabled} when set; otherwise on with the embedded store only. */
    static boolean enabled(LadderProperties.DemoSettings settings, String storeType) {
        return settings.enabled() != null ? settings.enabled() : "tdb2".equals(storeType);
    }
}
