package dev.beads.cli.output;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A progress line on a terminal's stderr while a long call runs: a spinner, what is being done and the elapsed
 * time, redrawn ten times a second and erased at the end. The import port reports no intermediate counts (it is
 * one transaction), so this shows liveness and time, not a percentage. Nothing is drawn when stderr is not a
 * terminal.
 */
public final class Progress implements AutoCloseable {
    private static final String FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";

    private final PrintStream err;
    private final String label;
    private final long started = System.nanoTime();
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread painter;
    private boolean shown;

    private Progress(PrintStream err, String label) {
        this.err = err;
        this.label = label;
        // A platform daemon thread: it must never delay the JVM's exit.
        this.painter = Thread.ofPlatform().daemon().name("bd-progress").unstarted(this::paint);
    }

    /** Starts a progress line when {@code show} (stderr is a terminal and the work is large), else does nothing. */
    public static Progress start(PrintStream err, String label, boolean show) {
        Progress p = new Progress(err, label);
        if (show) {
            p.shown = true;
            p.painter.start();
        }
        return p;
    }

    private void paint() {
        int frame = 0;
        try {
            do {
                double seconds = (System.nanoTime() - started) / 1e9;
                err.print(String.format(
                        Locale.ROOT, "\r%c %s %.1fs", FRAMES.charAt(frame++ % FRAMES.length()), label, seconds));
                err.flush();
            } while (!done.await(100, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops and erases the line. */
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
