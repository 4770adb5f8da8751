package dev.ladder.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ladder started as a separate operating-system process, from the classes of the running JVM:
 * {@code java -cp <this JVM's class path> dev.ladder.LadderApplication --server.port=… --ladder.data-dir=…}.
 * Used where the service must really die (SIGKILL) or must not share a heap with its clients.
 *
 * <p>The process runs in the repository root (this JVM's working directory), with
 * {@code ladder.ontology-dir} and {@code ladder.rules-dir} set to the absolute {@code ontology/} and
 * {@code rules/}, the demo data generator off and the rules watcher off. The demo accounts are on, with
 * the password {@link #PASSWORD}, so {@link #USER} ({@code admin}) may call everything. Its output goes
 * to a log file, never to a pipe, so it can not block on a full pipe buffer.
 */
public final class LadderProcess implements AutoCloseable {

    /** The administrator of the started service: a demo account (README, "Accounts and roles"). */
    public static final String USER = "admin";
    /** The demo accounts' password, set with {@code ladder.demo.password}. */
    public static final String PASSWORD = "ladder-process-secret";

    private final Process process;
    private final int port;
    private final Path log;

    private LadderProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Ladder on a free port over {@code dataDir}.
     *
     * @param jvmOptions options for the new JVM, e.g. {@code -Xmx1g}
     * @param extraArgs  more {@code --name=value} application arguments
     */
    public static LadderProcess start(Path dataDir, Path log, List<String> jvmOptions, String... extraArgs) {
        return startOn(classPath(), dataDir, log, jvmOptions, extraArgs);
    }

    /** As {@link #start}, on another class path (the unpacked jar, for one). */
    public static LadderProcess startOn(String classPath, Path dataDir, Path log, List<String> jvmOptions,
                                        String... extraArgs) {
        int port = freePort();
        Path root = Path.of("").toAbsolutePath();
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add("dev.ladder.LadderApplication");
        command.add("--server.port=" + port);
        command.add("--ladder.data-dir=" + dataDir.toAbsolutePath());
        command.add("--ladder.ontology-dir=" + root.resolve("ontology"));
        command.add("--ladder.rules-dir=" + root.resolve("rules"));
        command.add("--ladder.demo.enabled=false");
        command.add("--ladder.watch-rules=false");
        command.add("--ladder.security.demo-accounts=true");
        command.add("--ladder.demo.password=" + PASSWORD);
        command.add("--spring.main.banner-mode=off");
        command.addAll(Arrays.asList(extraArgs));
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new LadderProcess(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /**
     * Waits until {@code GET /actuator/health} answers 200 with status UP.
     *
     * @return how long it took
     * @throws IllegalStateException if the process dies or the time runs out, with the end of its log
     */
    public Duration awaitHealthy(LadderHttp http, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Ladder exited with " + process.exitValue() + " before it was healthy; "
                        + "end of " + log + ":\n" + tailOfLog());
            }
            try {
                LadderHttp.Response health = http.get("/actuator/health");
                if (health.status() == 200 && health.body().contains("\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(100);
        }
        throw new IllegalStateException("Ladder was not healthy within " + timeout + "; end of " + log + ":\n" + tailOfLog());
    }

    /**
     * Kills the process at once ({@link Process#destroyForcibly()}, which is SIGKILL on Linux and macOS:
     * no shutdown hooks, no Spring shutdown, no TDB2 close) and waits for it to be gone.
     *
     * @return its exit status: 137 (128 + 9) when SIGKILL ended it
     */
    public int kill() {
        process.destroyForcibly();
        return await();
    }

    /** Asks the process to stop (SIGTERM: a graceful Spring shutdown) and waits for it. */
    public int stop() {
        process.destroy();
        return await();
    }

    private int await() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The last 60 lines of the process log. */
    public String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** The {@code java} of this JVM. */
    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * This JVM's class path, or {@code -Dladder.process.class-path} when given (the start-up benchmark
     * starts the service on its production class path, without the test libraries). Under Surefire
     * {@code java.class.path} may be a manifest-only jar; the real class path is then in
     * {@code surefire.test.class.path}.
     */
    static String classPath() {
        String given = System.getProperty("ladder.process.class-path");
        if (given != null && !given.isBlank()) {
            return given;
        }
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
