package dev.beads.cli.output;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A progress bar on a terminal's stderr while a long call runs: what is being done, a bar with the percentage done,
 * and a detail such as {@code storing 4,500/10,000}; redrawn ten times a second by a thread of its own from the
 * latest {@link #set} and erased at the end. Nothing is drawn when stderr is not a terminal.
 */
public final class Progress implements AutoCloseable {
    private static final int WIDTH = 20;

    /** What the bar shows; replaced whole, so the painter never sees half an update. */
    private record State(double fraction, String detail) {}

    private final PrintStream err;
    private final String label;
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread painter;
    private volatile State state = new State(0, "");
    private boolean shown;

    private Progress(PrintStream err, String label) {
        this.err = err;
        this.label = label;
        // A platform daemon thread: it must never delay the JVM's exit.
        this.painter = Thread.ofPlatform().daemon().name("bd-progress").unstarted(this::paint);
    }

    /** Starts a progress bar when {@code show} (stderr is a terminal and the work is large), else does nothing. */
    public static Progress start(PrintStream err, String label, boolean show) {
        Progress p = new Progress(err, label);
        if (show) {
            p.shown = true;
            p.painter.start();
        }
        return p;
    }

    /**
     * How far the work has got, from any one thread: the next redraw shows it.
     *
     * @param fraction of the whole work done, clamped to {@code [0, 1]}
     * @param detail what is being done, with counts ({@code storing 4,500/10,000})
     */
    public void set(double fraction, String detail) {
        state = new State(fraction, detail);
    }

    /** {@code label  [#########-----------]  45%  detail}: the line drawn for {@code fraction} done. */
    public static String line(String label, double fraction, String detail) {
        double f = Double.isNaN(fraction) ? 0 : Math.clamp(fraction, 0.0, 1.0);
        int filled = (int) (f * WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String line = String.format(Locale.ROOT, "%s  [%s] %3d%%", label, bar, (int) (f * 100));
        return detail.isEmpty() ? line : line + "  " + detail;
    }

    private void paint() {
        try {
            do {
                State s = state;
                err.print("\r\u001b[2K" + line(label, s.fraction(), s.detail()));
                err.flush();
            } while (!done.await(100, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops and erases the bar. */
    @Override
    public void close() {
        done.countDown();
        if (shown) {
            shown = false;
            try {
                painter.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            err.print("\r\u001b[2K");
            err.flush();
        }
    }

    /** {@code 12.3 MB}. */
    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
