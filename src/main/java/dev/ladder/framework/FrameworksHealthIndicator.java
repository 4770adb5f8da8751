package dev.ladder.framework;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import dev.ladder.LadderProperties;

/**
 * {@code frameworks} in {@code /actuator/health}: DOWN while no framework is in service (every
 * framework file rejected, or removed), since then no review can be assessed; the details say why.
 */
@Component
class FrameworksHealthIndicator implements HealthIndicator {

    private final Frameworks frameworks;
    private final Path ontologyDir;

    FrameworksHealthIndicator(Frameworks frameworks, LadderProperties properties) {
        this.frameworks = frameworks;
        this.ontologyDir = properties.ontologyDir().toAbsolutePath().normalize();
    }

    @Override
    public Health health() {
        List<String> served = frameworks.all().stream().map(Framework::id).toList();
        LoadReport last = frameworks.lastLoad();
        List<String> rejected = last == null ? List.of() : last.rejected().stream().map(LoadReport.Rejection::file).toList();
        Health.Builder health = served.isEmpty()
                ? Health.down().withDetail("reason", last == null
                        ? "the ontology has not been loaded yet"
                        : "no framework in service from ladder.ontology-dir " + ontologyDir
                                + ": every framework file was rejected or removed (see GET /api/status)")
                : Health.up();
        return health.withDetail("frameworks", served).withDetail("rejected", rejected).build();
    }
}
