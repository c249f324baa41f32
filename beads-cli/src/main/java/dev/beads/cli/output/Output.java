package dev.beads.cli.output;

import dev.beads.json.GoJson;
import dev.beads.json.JsonBody;
import java.io.PrintStream;

/**
 * Where a command's output goes. stdout carries results only (text for people, or {@code --json}); diagnostics,
 * warnings and errors go to stderr (STYLE §17).
 */
public final class Output {
    private final PrintStream out;
    private final PrintStream err;
    private final Style style;
    private final boolean json;
    private final boolean quiet;

    public Output(PrintStream out, PrintStream err, Style style, boolean json, boolean quiet) {
        this.out = out;
        this.err = err;
        this.style = style;
        this.json = json;
        this.quiet = quiet;
    }

    /** {@code --json}: commands print one JSON document on stdout. */
    public boolean json() {
        return json;
    }

    /** {@code -q}: commands print only what a script needs (an id after create, nothing after other changes). */
    public boolean quiet() {
        return quiet;
    }

    public Style style() {
        return style;
    }

    /** A line of results on stdout. */
    public void line(String text) {
        out.println(text);
    }

    /** An empty line on stdout. */
    public void line() {
        out.println();
    }

    /** Results text on stdout, without a newline. */
    public void print(String text) {
        out.print(text);
    }

    /**
     * Gets ready to print: loads the JSON writer of a {@code --json} command. Commands call it while the workspace
     * opens on another thread, which a cold {@code bd} would otherwise spend waiting.
     */
    public void prepare() {
        if (json) {
            GoJson.prepare();
        }
    }

    /** The JSON document of a {@code --json} command on stdout. */
    public void json(JsonBody body) {
        GoJson.write(out, body);
    }

    /** A note for people on stderr (suppressed by {@code -q}). */
    public void note(String text) {
        if (!quiet) {
            err.println(text);
        }
    }

    /** A warning on stderr (never suppressed). */
    public void warn(String text) {
        err.println(style.yellow("Warning: ") + text);
    }

    /** An error line on stderr. */
    public void error(String text) {
        err.println(style.red("Error: ") + text);
    }

    public PrintStream stdout() {
        return out;
    }

    public PrintStream stderr() {
        return err;
    }

    public void flush() {
        out.flush();
        err.flush();
    }
}
