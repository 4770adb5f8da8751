package dev.ladder.benchmark;

import java.nio.file.Files;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import dev.ladder.LadderApplication;
import dev.ladder.demo.Demo;

/**
 * Generates the demo organisation at scale through the real store and prints how long it took
 * (a harness, not a test: docs/bulk.md). Usage: {@code DemoScale <employees>}, e.g. 10000.
 */
public final class DemoScale {

    private DemoScale() {
    }

    public static void main(String[] args) throws Exception {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        SpringApplication app = new SpringApplication(LadderApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = app.run(
                "--ladder.data-dir=" + Files.createTempDirectory("ladder-demo-scale"),
                "--ladder.watch-rules=false", "--ladder.demo.enabled=false")) {
            Demo.Result result = context.getBean(Demo.class).generate(employees);
            System.out.printf("Demo organisation of %d employees %s: register %d ms, %d reviews in %d ms "
                            + "(%.2f ms each), total %d ms%n", result.employees(), result.employeesByFramework(),
                    result.organisationMillis(), result.reviews(), result.reviewMillis(),
                    (double) result.reviewMillis() / result.reviews(), result.millis());
        }
    }
}
