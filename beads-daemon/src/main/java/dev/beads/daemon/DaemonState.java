package dev.beads.daemon;

import java.util.Locale;

/**
 * The daemon's lifecycle (DESIGN §6): Stopped → Starting (take {@code daemon.lock}) → Initializing (open the
 * workspace, bind the socket) → Running ⇄ Syncing / Watching → Importing → Running → Stopping (close connections)
 * → Cleanup (remove socket and pid) → Stopped. Syncing and Watching belong to auto-sync and file watching, which
 * are not built yet: no daemon enters them so far.
 */
public enum DaemonState {
    STOPPED,
    STARTING,
    INITIALIZING,
    RUNNING,
    SYNCING,
    WATCHING,
    IMPORTING,
    STOPPING,
    CLEANUP;

    /** The state as {@code status} and the log name it: {@code running}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
