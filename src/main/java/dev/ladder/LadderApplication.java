package dev.ladder;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Ladder: competency frameworks in Jena, review outcomes through Drools rules, served by Spring Boot. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LadderApplication {

    public static void main(String[] args) {
        SpringApplication.run(LadderApplication.class, args);
    }
}
