package dev.ladder.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.ladder.store.StoreBackup;

/**
 * {@code backup} and {@code restore}: the embedded store to and from a gzip-compressed N-Quads file,
 * without the web service. A running service is backed up with {@code GET /api/admin/store/backup}
 * instead (TDB2 allows one process per folder).
 */
final class StoreCommand {

    static final String BACKUP_USAGE = """
            backup --data-dir <folder> --output <backup.nq.gz>

              --data-dir  the TDB2 database folder (ladder.data-dir) of a service that is NOT running
              --output    the file to write: every graph as gzip-compressed N-Quads, read in one transaction
              A running service: GET /api/admin/store/backup (ADMIN) writes the same file without stopping it.
              Exit code: 0 done, 1 failed (why on standard error), 2 wrong command line.
            """;

    static final String RESTORE_USAGE = """
            restore --input <backup.nq.gz> --data-dir <empty folder>

              --input     a backup written by 'backup' or GET /api/admin/store/backup
              --data-dir  a new or empty folder (a folder holding anything is refused); start the service with
                          --ladder.data-dir=<that folder> afterwards
              Exit code: 0 done, 1 refused or failed (why on standard error), 2 wrong command line.
            """;

    private final PrintStream out;
    private final PrintStream err;

    StoreCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int backup(String[] args) {
        Map<String, String> options = parse(args, Set.of("--data-dir", "--output"), BACKUP_USAGE);
        if (options == null) {
            return args.length > 0 && isHelp(args[0]) ? Cli.OK : Cli.USAGE;
        }
        Path dataDir = Path.of(options.get("--data-dir"));
        Path output = Path.of(options.get("--output"));
        try {
            StoreBackup.Written written = StoreBackup.backupFolder(dataDir, output);
            err.printf("Backed up %,d quads from %s to %s (%,d bytes) in %.1f s%n", written.quads(), dataDir, output,
                    written.bytes(), written.millis() / 1e3);
            return Cli.OK;
        } catch (StoreBackup.Refused | UncheckedIOException e) {
            err.println(e.getMessage());
            return Cli.FAILED;
        }
    }

    int restore(String[] args) {
        Map<String, String> options = parse(args, Set.of("--input", "--data-dir"), RESTORE_USAGE);
        if (options == null) {
            return args.length > 0 && isHelp(args[0]) ? Cli.OK : Cli.USAGE;
        }
        Path input = Path.of(options.get("--input"));
        Path dataDir = Path.of(options.get("--data-dir"));
        try {
            StoreBackup.Restored restored = StoreBackup.restore(input, dataDir);
            err.printf("Restored %,d quads from %s into %s in %.1f s; start the service with --ladder.data-dir=%s%n",
                    restored.quads(), input, dataDir, restored.millis() / 1e3, dataDir);
            return Cli.OK;
        } catch (StoreBackup.Refused | UncheckedIOException e) {
            err.println(e.getMessage());
            return Cli.FAILED;
        }
    }

    /** The options named in {@code required}, each "--x value" or "--x=value"; null after help or a usage error. */
    private Map<String, String> parse(String[] args, Set<String> required, String usage) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (isHelp(arg)) {
                out.print(usage);
                return null;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!required.contains(name)) {
                err.println("Unknown argument '" + arg + "'.");
                err.print(usage);
                return null;
            }
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : "";
            if (value.isBlank()) {
                err.println(name + " needs a value.");
                err.print(usage);
                return null;
            }
            options.put(name, value);
        }
        for (String name : required) {
            if (!options.containsKey(name)) {
                err.println("Missing " + name + ".");
                err.print(usage);
                return null;
            }
        }
        return options;
    }

    private static boolean isHelp(String arg) {
        return "--help".equals(arg) || "-h".equals(arg);
    }
}
