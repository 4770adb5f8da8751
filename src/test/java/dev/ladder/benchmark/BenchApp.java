package dev.ladder.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.ladder.LadderApplication;
import dev.ladder.durability.LadderHttp;

/**
 * The real application in this JVM, for the service benchmarks: the frameworks and rules of
 * {@code ontology/} and {@code rules/}, the demo data generator and the rules watcher off, logging at
 * WARN. With a web server on a free loopback port, or without one. The demo accounts are on, with the
 * password {@link #PASSWORD}, and HTTP calls are made as the administrator, {@link #USER}.
 */
final class BenchApp implements AutoCloseable {

    /** The administrator: a demo account (README, "Accounts and roles"). */
    static final String USER = "admin";
    /** The demo accounts' password, set with {@code ladder.demo.password}. */
    static final String PASSWORD = "bench-secret";

    final ConfigurableApplicationContext context;
    final int port;
    final long startMillis;

    private BenchApp(ConfigurableApplicationContext context, int port, long startMillis) {
        this.context = context;
        this.port = port;
        this.startMillis = startMillis;
    }

    static BenchApp start(Path dataDir, boolean web) {
        List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--ladder.data-dir=" + dataDir,
                "--ladder.watch-rules=false", "--ladder.demo.enabled=false", "--ladder.security.demo-accounts=true",
                "--ladder.demo.password=" + PASSWORD, "--logging.level.root=WARN"));
        args.add(web ? "--server.port=0" : "--spring.main.web-application-type=none");
        long start = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplication(LadderApplication.class)
                .run(args.toArray(String[]::new));
        int port = web ? context.getEnvironment().getRequiredProperty("local.server.port", Integer.class) : -1;
        return new BenchApp(context, port, (System.nanoTime() - start) / 1_000_000);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    LadderHttp http() {
        return LadderHttp.localhost(port, USER, PASSWORD);
    }

    @Override
    public void close() {
        context.close();
    }

    static Path tempDir(String prefix) {
        try {
            Path parent = Files.createDirectories(Path.of("target", "bench-store"));
            return Files.createTempDirectory(parent, prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
