package dev.beads.cli.session;

/**
 * How a command's session is served, and why (Go bd v0.39.1 cmd/bd/main.go:34 {@code DaemonStatus}): what
 * {@code bd info} reports. In direct mode {@code fallbackReason} is one of Go's reasons and the daemon fields are
 * null; in daemon mode the reason is {@link #NONE}.
 *
 * @param mode {@code daemon} or {@code direct}
 * @param socketPath the workspace's socket (where a daemon is, or would be), or null when no workspace was found
 * @param fallbackReason Go's {@code FallbackReason}: {@code none}, {@code flag_no_daemon}, {@code connect_failed},
 *     {@code health_failed}, {@code worktree_safety}, {@code auto_start_disabled}, {@code auto_start_failed},
 *     {@code daemon_unsupported}
 * @param detail a short diagnostic ({@code daemon_detail}), or null
 * @param daemon what the daemon said about itself, or null in direct mode
 */
public record DaemonStatus(String mode, String socketPath, String fallbackReason, String detail, DaemonHealth daemon) {
    public static final String NONE = "none";
    public static final String FLAG_NO_DAEMON = "flag_no_daemon";
    public static final String CONNECT_FAILED = "connect_failed";
    public static final String HEALTH_FAILED = "health_failed";
    public static final String WORKTREE_SAFETY = "worktree_safety";
    public static final String AUTO_START_DISABLED = "auto_start_disabled";
    public static final String AUTO_START_FAILED = "auto_start_failed";
    public static final String DAEMON_UNSUPPORTED = "daemon_unsupported";

    /** What a daemon reports on connect (its {@code version} and {@code status} answers). */
    public record DaemonHealth(String version, String status, boolean compatible, double uptimeSeconds) {}

    /** Served in this process, for {@code reason}. */
    public static DaemonStatus direct(String socketPath, String reason, String detail) {
        return new DaemonStatus("direct", socketPath, reason, detail, null);
    }

    /** Served by the daemon at {@code socketPath}. */
    public static DaemonStatus daemon(String socketPath, DaemonHealth health) {
        return new DaemonStatus("daemon", socketPath, NONE, null, health);
    }

    public boolean connected() {
        return daemon != null;
    }
}
