package dev.beads.cli.session;

import dev.beads.core.model.Workspace;

/**
 * Where one {@code bd} command gets its ports. Commands only parse, call ports and render; this interface decides
 * what happens around the call: in-process ({@link DirectSessionFactory}) the database is brought up to date with
 * the JSONL before a read and the JSONL is written after a mutation; a daemon session leaves both to the daemon.
 *
 * <p>Opened lazily by the CLI (commands like {@code version} never open one) and closed once, after the command.
 */
public interface Session extends AutoCloseable {

    /**
     * A hint that the ports will be needed: an implementation may start opening them in the background, while the
     * command line is parsed. Failures surface from {@link #forRead()} or {@link #forWrite()}, never from here.
     */
    default void prepare() {}

    /**
     * Ports for a command that only reads.
     *
     * @throws dev.beads.core.error.NotFoundException when there is no workspace ("run bd init")
     */
    Ports forRead();

    /**
     * Ports for a command that changes issues.
     *
     * @throws dev.beads.core.error.InvalidInputException under {@code --readonly}
     */
    Ports forWrite();

    /** The workspace this session works on. */
    Workspace workspace();

    /** How the ports are served and why, for {@code bd info} (in-process, unless a session says otherwise). */
    default DaemonStatus daemonStatus() {
        return DaemonStatus.direct(null, DaemonStatus.NONE, null);
    }

    /** {@code direct} or {@code daemon}. */
    default String mode() {
        return daemonStatus().mode();
    }

    /**
     * Finishes the command: in direct mode writes dirty issues to the JSONL (atomically) when {@link #forWrite()}
     * was used, then releases the database. Idempotent.
     */
    @Override
    void close();
}
