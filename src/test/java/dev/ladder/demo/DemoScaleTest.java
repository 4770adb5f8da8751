package dev.ladder.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.ladder.history.ReviewHistory;
import dev.ladder.organisation.Organisation;

/**
 * The demo organisation at scale, through the real store (docs/bulk.md): only when asked for, e.g.
 * {@code ./mvnw -B test -Dtest=DemoScaleTest -Dladder.demo.scale=10000}. Prints how long it took.
 */
@EnabledIfSystemProperty(named = "ladder.demo.scale", matches = "\\d+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"ladder.watch-rules=false", "spring.application.name=ladder-demo-scale"})
class DemoScaleTest {

    @Autowired
    Demo demo;
    @Autowired
    Organisation organisation;
    @Autowired
    ReviewHistory history;

    @Test
    void generatesTheDemoOrganisationAtScale() {
        int employees = Integer.getInteger("ladder.demo.scale");

        Demo.Result result = demo.generate(employees);

        System.out.printf("Demo organisation of %d employees %s: register %d ms, %d reviews in %d ms (%.2f ms each), "
                        + "total %d ms%n", result.employees(), result.employeesByFramework(), result.organisationMillis(),
                result.reviews(), result.reviewMillis(), (double) result.reviewMillis() / result.reviews(), result.millis());
        DemoOrganisationTest.assertHierarchy(List.copyOf(organisation.all()), employees);
        assertThat(result.reviews()).isGreaterThan(2 * employees);
        assertThat(history.of(organisation.all().iterator().next().id())).isNotEmpty();
    }
}
