package dev.beads.cli.commands;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.DaemonStatus;
import dev.beads.core.model.Workspace;
import dev.beads.daemon.config.DaemonSettings;
import dev.beads.daemon.config.Setting;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code bd info} says about the daemon: Go bd v0.39.1's keys (info.go:66-94) and its "Daemon Status:" section,
 * plus ours, {@code daemon_settings}: the daemon settings as this client resolves them (environment, then
 * {@code .beads/config.yaml}, then the default), each with where it came from.
 */
final class DaemonInfo {
    /** Our key, sorted among Go's. */
    static final String SETTINGS = "daemon_settings";

    private DaemonInfo() {}

    /**
     * With a daemon: the socket, version, health, compatibility and uptime (seconds, a number as Go's float64
     * prints it); in-process: the fallback reason (unless {@code none}) and its detail.
     */
    static void fields(Map<String, Object> info, DaemonStatus status) {
        DaemonStatus.DaemonHealth daemon = status.daemon();
        if (daemon != null) {
            info.put("socket_path", status.socketPath());
            info.put("daemon_version", daemon.version());
            info.put("daemon_status", daemon.status());
            info.put("daemon_compatible", daemon.compatible());
            info.put("daemon_uptime", goFloat(daemon.uptimeSeconds()));
            return;
        }
        if (status.fallbackReason() != null && !status.fallbackReason().equals(DaemonStatus.NONE)) {
            info.put("daemon_fallback_reason", status.fallbackReason());
        }
        if (status.detail() != null && !status.detail().isEmpty()) {
            info.put("daemon_detail", status.detail());
        }
    }

    /** The effective daemon settings of {@code workspace} (no flags: those are {@code bd daemon start}'s). */
    static List<Setting> settings(Workspace workspace, Map<String, String> env) {
        return DaemonSettings.of(workspace.beadsDir(), env).all();
    }

    /** {@code "daemon_settings": {"daemon.auto_start": {"source": "default", "value": "true"}, …}}, keys sorted. */
    static void writeSettings(JsonGenerator g, List<Setting> settings) throws IOException {
        g.writeObjectFieldStart(SETTINGS);
        for (Setting s : sorted(settings)) {
            g.writeObjectFieldStart(s.key());
            if (!s.origin().isEmpty()) {
                g.writeStringField("origin", s.origin());
            }
            g.writeStringField("source", s.source().label());
            g.writeStringField("value", s.value());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Go's "Daemon Status:" section (info.go:200-224), then the settings. */
    static void lines(Output out, DaemonStatus status, List<Setting> settings) {
        out.line();
        out.line("Daemon Status:");
        DaemonStatus.DaemonHealth daemon = status.daemon();
        if (daemon == null) {
            out.line("  Connected: no");
            if (status.fallbackReason() != null && !status.fallbackReason().equals(DaemonStatus.NONE)) {
                out.line("  Reason: " + status.fallbackReason());
            }
            if (status.detail() != null && !status.detail().isEmpty()) {
                out.line("  Detail: " + status.detail());
            }
        } else {
            out.line("  Connected: yes");
            out.line("  Socket: " + status.socketPath());
            out.line("  Version: " + daemon.version());
            out.line("  Health: " + daemon.status());
            out.line("  Compatible: " + (daemon.compatible() ? "✓ yes" : "✗ no (restart recommended)"));
            out.line("  Uptime: " + String.format(Locale.ROOT, "%.1fs", daemon.uptimeSeconds()));
        }
        out.line("  Settings:");
        for (Setting s : sorted(settings)) {
            out.line("    " + s.key() + " = " + s.value() + " (" + s.source().label()
                    + (s.origin().isEmpty() ? "" : ": " + s.origin()) + ")");
        }
    }

    /** A float64 as Go's encoding/json writes it: {@code 12} for 12.0, {@code 12.5} for 12.5. */
    static Object goFloat(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }

    private static List<Setting> sorted(List<Setting> settings) {
        java.util.ArrayList<Setting> copy = new java.util.ArrayList<>(settings);
        copy.sort(java.util.Comparator.comparing(Setting::key));
        return copy;
    }
}
