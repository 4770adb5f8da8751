package dev.ladder;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import dev.ladder.cli.Cli;

/**
 * Ladder: competency frameworks in Jena, review outcomes through Drools rules, served by Spring Boot.
 * With a command ({@code assess}, {@code help}) it runs that on the command line instead (docs/bulk.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LadderApplication {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        SpringApplication.run(LadderApplication.class, args);
    }
}
