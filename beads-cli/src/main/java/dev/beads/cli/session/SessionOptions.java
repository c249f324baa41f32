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
 * @param command the command's name ({@code ready}, {@code dep}), or null: some run in-process always
 */
public record SessionOptions(
        Path cwd,
        Path dbFlag,
        Map<String, String> env,
        boolean readonly,
        boolean sandbox,
        boolean noDaemon,
        boolean noAutoImport,
        boolean noAutoFlush,
        String command) {
    /**
     * Commands that work on the database in this process even when a daemon runs, as in Go bd v0.39.1: import and
     * export close the daemon client (import.go:70, export.go:154); migrate and detect-pollution open the store
     * themselves. The workspace commands without a session (init, quickstart, mcp, daemon) never get here.
     */
    private static final java.util.Set<String> IN_PROCESS_ONLY =
            java.util.Set.of("import", "export", "migrate", "detect-pollution");

    public SessionOptions {
        Objects.requireNonNull(cwd, "cwd");
        env = Map.copyOf(env);
    }

    /** Options with automatic import and flush on (unless sandbox or read-only). */
    public SessionOptions(
            Path cwd, Path dbFlag, Map<String, String> env, boolean readonly, boolean sandbox, boolean noDaemon) {
        this(cwd, dbFlag, env, readonly, sandbox, noDaemon, false, false, null);
    }

    /** Options for no particular command. */
    public SessionOptions(
            Path cwd,
            Path dbFlag,
            Map<String, String> env,
            boolean readonly,
            boolean sandbox,
            boolean noDaemon,
            boolean noAutoImport,
            boolean noAutoFlush) {
        this(cwd, dbFlag, env, readonly, sandbox, noDaemon, noAutoImport, noAutoFlush, null);
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
                && noAutoFlush == other.noAutoFlush
                && Objects.equals(command, other.command);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cwd, dbFlag, env, readonly, sandbox, noDaemon, noAutoImport, noAutoFlush, command);
    }

    /**
     * Why this command runs in-process whatever daemon there is, as a Go bd fallback reason, or null when a daemon
     * may serve it: {@code --no-daemon}, {@code BEADS_NO_DAEMON} and {@code --sandbox} say so
     * ({@code flag_no_daemon}); {@code --readonly} promises to write nothing, and starting a daemon writes its lock,
     * pid and log; {@code --no-auto-import}/{@code --no-auto-flush} ask for what only this process does (the daemon
     * imports and flushes for every request); and the commands of {@link #IN_PROCESS_ONLY}
     * ({@code daemon_unsupported}).
     */
    public String inProcessReason() {
        if (noDaemon || sandbox) {
            return DaemonStatus.FLAG_NO_DAEMON;
        }
        if (readonly || noAutoImport || noAutoFlush || (command != null && IN_PROCESS_ONLY.contains(command))) {
            return DaemonStatus.DAEMON_UNSUPPORTED;
        }
        return null;
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
