package dev.ladder.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar, {@code [#####     ] 500/1000}, redrawn in place on a terminal. Silent when
 * off (output not to a terminal), so logs and redirected output stay clean.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final int total;
    private final boolean on;
    private long drawnAt;
    private boolean drawn;

    ProgressBar(PrintStream out, int total, boolean on) {
        this.out = out;
        this.total = total;
        this.on = on && total > 0;
    }

    /** Shows {@code done} of the total; redraws at most ten times a second, and always at the end. */
    void show(int done) {
        if (!on) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && done < total && now - drawnAt < REDRAW_NANOS) {
            return;
        }
        drawnAt = now;
        drawn = true;
        out.print("\r" + render(done, total));
        out.flush();
    }

    /** Ends the bar's line. */
    void finish() {
        if (on && drawn) {
            out.println();
            out.flush();
        }
    }

    static String render(int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total;
    }
}
