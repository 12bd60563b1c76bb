package org.residentindex.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.residentindex.ProgressListener;

/**
 * Draws the engine's progress on stderr in one of three {@link ProgressMode}s:
 * <ul>
 *   <li>{@code TTY}: one live line, redrawn in place (carriage return) at most every 100 ms and every 250 ms by a
 *       ticker, so a stage that reports nothing for seconds (training, building the gazetteer index) still shows
 *       its name and a running clock; each finished stage is left on screen as a plain line with its time. Lines
 *       are cut to the terminal width.</li>
 *   <li>{@code PLAIN} (stderr redirected to a file or a pipe): one line per finished stage with its count and
 *       time, never a carriage return.</li>
 *   <li>{@code NONE} ({@code --quiet}): nothing.</li>
 * </ul>
 * A stage is named by the engine ({@link ProgressListener}); the stages of reading and matching addresses
 * alternate batch by batch, so they are shown as one stage, {@code read}. {@link #finish()} ends the live line,
 * so an error printed afterwards starts on a line of its own. Thread-safe (the ticker draws too).
 */
final class ProgressBar implements ProgressListener, AutoCloseable {

    /** Engine stage → the stage shown; absent stages are shown under their own name. */
    private static final Map<String, String> SHOWN = Map.of("gazetteer", "read", "gazetteer-index", "gazetteer");

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final ProgressMode mode;
    private final int width;
    private final LongSupplier clock;
    private final Map<String, Boolean> seen = new LinkedHashMap<>();
    private ScheduledExecutorService ticker;
    private String stage;
    private long stageStart;
    private long done;
    private long total;
    private long lastDraw;
    private boolean lineOpen;
    private int spin;

    ProgressBar(PrintWriter err) {
        this(err, ProgressMode.detect(), ProgressMode.columns(), System::nanoTime);
    }

    ProgressBar(PrintWriter err, ProgressMode mode) {
        this(err, mode, ProgressMode.columns(), System::nanoTime);
    }

    /** For tests: a fixed mode, width and clock; no ticker thread unless {@code mode} is TTY. */
    ProgressBar(PrintWriter err, ProgressMode mode, int width, LongSupplier clock) {
        this.err = err;
        this.mode = mode;
        this.width = Math.max(40, width);
        this.clock = clock;
    }

    @Override
    public synchronized void progress(String engineStage, long newDone, long newTotal) {
        if (mode == ProgressMode.NONE) {
            return;
        }
        String shown = SHOWN.getOrDefault(engineStage, engineStage);
        long now = clock.getAsLong();
        if (!shown.equals(stage)) {
            if (seen.containsKey(shown)) {
                // an earlier stage reporting again (address matching inside reading): count it in the current one
                return;
            }
            endStage(now);
            seen.put(shown, Boolean.TRUE);
            stage = shown;
            stageStart = now;
            done = 0;
            total = 0;
            startTicker();
        }
        done = Math.max(done, newDone);
        total = newTotal;
        if (mode == ProgressMode.TTY && (now - lastDraw >= REDRAW_NANOS || newDone >= newTotal && newTotal > 0)) {
            drawLive(now);
        }
    }

    /** Ends the current stage's line; an error printed afterwards starts on its own line. Idempotent. */
    synchronized void finish() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        if (mode != ProgressMode.NONE) {
            endStage(clock.getAsLong());
        }
        stage = null;
        err.flush();
    }

    /** Like {@link #finish()}, but the unfinished stage is marked as stopped (for a failure). */
    synchronized void abort() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        if (mode != ProgressMode.NONE && stage != null) {
            clearLive();
            err.println(line(stage, done, total, clock.getAsLong() - stageStart, "stopped"));
        }
        stage = null;
        err.flush();
    }

    @Override
    public void close() {
        finish();
    }

    private void endStage(long now) {
        if (stage == null) {
            return;
        }
        clearLive();
        err.println(line(stage, done, total, now - stageStart, null));
        err.flush();
    }

    private void clearLive() {
        if (lineOpen) {
            err.print("\r" + " ".repeat(width - 1) + "\r");
            lineOpen = false;
        }
    }

    private void drawLive(long now) {
        lastDraw = now;
        String text = live(now);
        err.print("\r" + text + " ".repeat(Math.max(0, width - 1 - text.length())));
        err.flush();
        lineOpen = true;
    }

    private String live(long now) {
        String clockText = seconds(now - stageStart);
        String head = String.format(Locale.ROOT, "%-10s ", stage);
        String count = total > 1 ? String.format(Locale.ROOT, " %,d/%,d", done, total)
                : done > 0 ? String.format(Locale.ROOT, " %,d", done) : "";
        int room = width - 1 - head.length() - count.length() - clockText.length() - 3;
        String bar;
        if (total > 1 && room >= 10) {
            int cells = Math.min(40, room);
            int filled = (int) Math.min(cells, cells * done / total);
            bar = "[" + "#".repeat(filled) + " ".repeat(cells - filled) + "]";
        } else {
            bar = "working " + "|/-\\".charAt(spin++ & 3);
        }
        return cut(head + bar + count + "  " + clockText);
    }

    private String line(String name, long count, long of, long nanos, String note) {
        String counted = of > 1 ? String.format(Locale.ROOT, "%,d/%,d", count, of)
                : count > 1 ? String.format(Locale.ROOT, "%,d", count) : "";
        return cut(String.format(Locale.ROOT, "%-10s %-24s %8s%s", name, counted, seconds(nanos),
                note == null ? "" : "  " + note));
    }

    private String cut(String s) {
        return s.length() <= width - 1 ? s : s.substring(0, width - 1);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private void startTicker() {
        if (mode != ProgressMode.TTY || ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rix-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::tick, 250, 250, TimeUnit.MILLISECONDS);
    }

    private synchronized void tick() {
        if (stage != null && mode == ProgressMode.TTY) {
            drawLive(clock.getAsLong());
        }
    }
}
