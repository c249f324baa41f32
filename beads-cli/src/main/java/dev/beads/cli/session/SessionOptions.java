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
 */
public record SessionOptions(
        Path cwd, Path dbFlag, Map<String, String> env, boolean readonly, boolean sandbox, boolean noDaemon) {
    public SessionOptions {
        Objects.requireNonNull(cwd, "cwd");
        env = Map.copyOf(env);
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
                && noDaemon == other.noDaemon;
    }

    @Override
    public int hashCode() {
        return Objects.hash(cwd, dbFlag, env, readonly, sandbox, noDaemon);
    }

    /** Whether the JSONL is imported before reads and written after mutations. */
    public boolean autoSync() {
        return !sandbox && !readonly;
    }
}
