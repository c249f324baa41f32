package dev.beads.cli.commands;

import dev.beads.daemon.DaemonCommands;
import dev.beads.daemon.config.DaemonKey;
import dev.beads.daemon.config.DaemonSettings;
import dev.beads.daemon.launch.DaemonStatus;
import dev.beads.json.JsonBody;

/**
 * {@code bd daemon status --json}: Go bd v0.39.1's DaemonStatusResponse (daemon_lifecycle.go:18; its omitempty
 * fields left out when empty or false), then ours: {@code version}, {@code state}, {@code socket_path},
 * {@code uptime_seconds}, {@code idle_timeout}.
 */
final class StatusJson {
    private StatusJson() {}

    static JsonBody of(DaemonCommands.Report report, DaemonSettings settings, String started) {
        return g -> {
            g.writeStartObject();
            g.writeBooleanField("running", report.running());
            if (report.running()) {
                if (report.pid() != 0) {
                    g.writeNumberField("pid", report.pid());
                }
                if (!started.isEmpty()) {
                    g.writeStringField("started", started);
                }
                g.writeStringField("log_path", report.log().toString());
                if (settings.autoCommit()) {
                    g.writeBooleanField("auto_commit", true);
                }
                if (settings.autoPush()) {
                    g.writeBooleanField("auto_push", true);
                }
                g.writeStringField(
                        "sync_interval", settings.get(DaemonKey.SYNC_INTERVAL).value());
                g.writeStringField("socket_path", report.socket().toString());
                g.writeStringField(
                        "idle_timeout", settings.get(DaemonKey.IDLE_TIMEOUT).value());
                if (report.status().isPresent()) {
                    DaemonStatus s = report.status().get();
                    g.writeStringField("version", s.version());
                    g.writeStringField("state", s.state());
                    g.writeNumberField("uptime_seconds", s.uptimeSeconds());
                } else {
                    g.writeStringField("state", "unresponsive");
                }
            }
            g.writeEndObject();
        };
    }
}
