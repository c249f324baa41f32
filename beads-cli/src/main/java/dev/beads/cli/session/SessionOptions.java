package dev.beads.cli.session;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What decides where and how a session opens (global options and environment).
 *
 * @param cwd where workspace discovery starts
 * @param dbFlag {@code --db <file>}, or null
 * @param env the environment ({@code BEADS_DIR}, {@code BEADS_NO_DAEMON}, …)
 * @param readonly {@code --readonly}: mutations are refused and nothing is written, not even an import
 * @param sandbox {@code --sandbox}: no daemon, no automatic import or flush (Go bd's sandbox mode)
 * @param noDaemon {@code --no-daemon}: run in-process
 * @param noAutoImport {@code --no-auto-import}: the JSONL is not imported before reads (Go bd main.go:143)
 * @param noAutoFlush {@code --no-auto-flush}: changes stay dirty in the database, the JSONL is not written after
 *     them (Go bd main.go:142); the next command that flushes writes them
 */
public record SessionOptions(
        Path cwd,
        Path dbFlag,
        Map<String, String> env,
        boolean readonly,
        boolean sandbox,
        boolean noDaemon,
        boolean noAutoImport,
        boolean noAutoFlush) {
    public SessionOptions {
        Objects.requireNonNull(cwd, "cwd");
        env = Map.copyOf(env);
    }

    /** Options with automatic import and flush on (unless sandbox or read-only). */
    public SessionOptions(
            Path cwd, Path dbFlag, Map<String, String> env, boolean readonly, boolean sandbox, boolean noDaemon) {
        this(cwd, dbFlag, env, readonly, sandbox, noDaemon, false, false);
    }

    /**
     * Written out rather than generated: a record's generated equals is linked through invokedynamic on first use,
     * ~10 ms of a cold start, and the CLI compares session options on every command.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof SessionOptions other
                && cwd.equals(other.cwd)
                && Objects.equals(dbFlag, other.dbFlag)
                && env.equals(other.env)
                && readonly == other.readonly
                && sandbox == other.sandbox
                && noDaemon == other.noDaemon
                && noAutoImport == other.noAutoImport
                && noAutoFlush == other.noAutoFlush;
    }

    @Override
    public int hashCode() {
        return Objects.hash(cwd, dbFlag, env, readonly, sandbox, noDaemon, noAutoImport, noAutoFlush);
    }

    /** Whether the JSONL is imported (when it changed) before the first read. */
    public boolean autoImport() {
        return !sandbox && !readonly && !noAutoImport;
    }

    /** Whether the dirty issues are written to the JSONL after a change. */
    public boolean autoFlush() {
        return !sandbox && !readonly && !noAutoFlush;
    }
}
