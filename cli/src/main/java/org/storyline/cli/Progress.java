package org.storyline.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import org.storyline.analyze.AnalysisListener;

/**
 * Progress on stderr for long runs: a self-rewriting line on a terminal, otherwise a line every few seconds.
 * Nothing is printed for runs shorter than two seconds.
 */
final class Progress implements AnalysisListener {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long LINE_EVERY_NANOS = 10_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long start;
    private long lastLine;
    private boolean drawn;

    Progress(PrintStream err, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.lastLine = start;
    }

    @Override
    public void batchCommitted(long articlesSoFar, long addedSoFar) {
        long now = nanoTime.getAsLong();
        if (now - start < QUIET_NANOS) {
            return;
        }
        double rate = articlesSoFar / ((now - start) / 1e9);
        String line = String.format("analyzing: %,d articles read, %,d stored (%,.0f articles/s)", articlesSoFar,
                addedSoFar, rate);
        if (terminal) {
            err.print("\r" + bar(articlesSoFar) + " " + line);
            drawn = true;
        } else if (now - lastLine >= LINE_EVERY_NANOS) {
            err.println(line);
            lastLine = now;
        }
    }

    @Override
    public void rejected(String message) {
        clear();
        err.println("storyline: " + message);
    }

    @Override
    public void deriving() {
        clear();
    }

    void clear() {
        if (drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
    }

    /** A spinner-like bar: the input is a stream, so its total is unknown. */
    private static String bar(long n) {
        int pos = (int) ((n / 1000) % 20);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 20; i++) {
            sb.append(i == pos ? '#' : '.');
        }
        return sb.append(']').toString();
    }
}
