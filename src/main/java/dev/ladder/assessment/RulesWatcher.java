package dev.ladder.assessment;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import dev.ladder.LadderProperties;

/**
 * Watches {@code ladder.rules-dir} and recompiles in the background when a file changes. Editors
 * save in several steps, so changes are gathered until the folder has been quiet for a moment.
 * Off when {@code ladder.watch-rules=false}; {@code POST /api/rules/reload} works either way.
 */
@Component
class RulesWatcher implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);
    private static final long QUIET_MILLIS = 300;

    private final LadderProperties properties;
    private final RuleSets ruleSets;
    private WatchService watcher;
    private Thread thread;

    RulesWatcher(LadderProperties properties, RuleSets ruleSets) {
        this.properties = properties;
        this.ruleSets = ruleSets;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        Path folder = properties.rulesDir();
        if (!properties.watchRules() || !Files.isDirectory(folder)) {
            return;
        }
        watcher = FileSystems.getDefault().newWatchService();
        try (Stream<Path> dirs = Files.walk(folder)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
        thread = new Thread(this::watch, "ladder-rules-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for rule changes", folder.toAbsolutePath());
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                ruleSets.reloadIfChanged();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Rules watcher stopped; use POST /api/rules/reload", e);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void destroy() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        if (thread != null) {
            thread.interrupt();
        }
    }
}
