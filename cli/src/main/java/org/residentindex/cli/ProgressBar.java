package org.residentindex.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.residentindex.ProgressListener;

/** Draws the engine's progress on one stderr line, redrawn at most every 100 ms or on a new stage. */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private String stage = "";
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(String newStage, long done, long total) {
        long now = System.nanoTime();
        if (newStage.equals(stage) && now - lastDraw < 100_000_000L && done < total) {
            return;
        }
        stage = newStage;
        lastDraw = now;
        String bar;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                    + String.format(Locale.ROOT, "%,d/%,d", done, total);
        } else {
            bar = String.format(Locale.ROOT, "%,d", done);
        }
        err.print(String.format(Locale.ROOT, "\r%-8s %-50s", stage, bar));
        err.flush();
        drawn = true;
    }

    /** Ends the progress line. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
