package dev.ladder.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;

/**
 * Ladder's command line: {@code java -jar ladder.jar <command> …} runs a command instead of the web
 * service (docs/bulk.md). Without a command, {@code LadderApplication} starts the service as before.
 */
public final class Cli {

    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: the input was rejected (problems listed on stderr) or could not be assessed. */
    public static final int FAILED = 1;
    /** Exit code: the command line itself is wrong (usage on stderr). */
    public static final int USAGE = 2;

    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    private static final Set<String> COMMANDS = Set.of("assess", "backup", "restore");

    static final String USAGE_TEXT = """
            Usage: java -jar ladder.jar <command> [options]
                   (or ./mvnw -q spring-boot:run -Dspring-boot.run.arguments="<command> [options]")

            Commands:
              assess   assess every review of a reviews CSV file and write one assessment (JSON) per line
              backup   write the store of a stopped service to a compressed N-Quads file (.nq.gz)
              restore  load such a file into a new, empty store folder
              help     print this help

            Without a command, Ladder starts the web service.

            """ + AssessCommand.USAGE_TEXT + "\n" + StoreCommand.BACKUP_USAGE + "\n" + StoreCommand.RESTORE_USAGE;

    private Cli() {
    }

    /** Whether {@code args} ask for a command rather than the web service. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (HELP.contains(args[0]) || COMMANDS.contains(args[0]));
    }

    /** Runs the command named by {@code args[0]}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || HELP.contains(args[0])) {
            out.print(USAGE_TEXT);
            return OK;
        }
        if ("assess".equals(args[0])) {
            return new AssessCommand(out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        if ("backup".equals(args[0])) {
            return new StoreCommand(out, err).backup(Arrays.copyOfRange(args, 1, args.length));
        }
        if ("restore".equals(args[0])) {
            return new StoreCommand(out, err).restore(Arrays.copyOfRange(args, 1, args.length));
        }
        err.println("Unknown command '" + args[0] + "'.");
        err.print(USAGE_TEXT);
        return USAGE;
    }
}
