package dev.beads.cli.commands;

import dev.beads.json.JsonBody;
import java.util.ArrayList;
import java.util.List;

/** The JSON of {@code bd daemons}: Go bd v0.39.1's shapes (cmd/bd/daemons.go, internal/daemon/discovery.go). */
final class DaemonsJson {
    private DaemonsJson() {}

    /**
     * {@code list}: Go's {@code []DaemonInfo}, whose fields have no JSON tags (so Go's field names), and
     * {@code null} when there are none (Go marshals its nil slice).
     */
    static JsonBody list(List<KnownDaemons.Known> alive) {
        return g -> {
            if (alive.isEmpty()) {
                g.writeNull();
                return;
            }
            g.writeStartArray();
            for (KnownDaemons.Known k : alive) {
                g.writeStartObject();
                g.writeStringField("WorkspacePath", k.entry().workspacePath());
                g.writeStringField("DatabasePath", k.entry().databasePath());
                g.writeStringField("SocketPath", k.entry().socketPath());
                g.writeNumberField("PID", k.entry().pid());
                g.writeStringField("Version", k.version());
                g.writeNumberField(
                        "UptimeSeconds", k.status().map(s -> s.uptimeSeconds()).orElse(0L));
                g.writeStringField("LastActivityTime", "");
                g.writeBooleanField("ExclusiveLockActive", false);
                g.writeStringField("ExclusiveLockHolder", "");
                g.writeBooleanField("Alive", true);
                g.writeStringField("Error", k.status().isPresent() ? "" : "daemon does not answer on its socket");
                g.writeEndObject();
            }
            g.writeEndArray();
        };
    }

    /** One daemon's health. */
    record Row(String workspace, String socket, long pid, String version, long uptime, String status, String issue) {}

    /** {@code health}'s rows, and its JSON. */
    record HealthReport(List<Row> rows, String cliVersion) {
        int count(String status) {
            int n = 0;
            for (Row r : rows) {
                n += r.status().equals(status) ? 1 : 0;
            }
            return n;
        }

        boolean healthy() {
            return count("healthy") == rows.size();
        }

        /**
         * The seed's shape ({@code healthy} as a bool, {@code issues} with recommendations), Go's counts beside it
         * (Go's own {@code healthy} is a count, which the seed's bool takes the place of), then {@code daemons}
         * with Go's DaemonHealthReport fields plus uptime.
         */
        JsonBody body() {
            return g -> {
                g.writeStartObject();
                g.writeBooleanField("healthy", healthy());
                g.writeArrayFieldStart("issues");
                for (Row r : rows) {
                    if (!r.status().equals("healthy")) {
                        g.writeStartObject();
                        g.writeStringField("workspace", r.workspace());
                        g.writeStringField("issue", r.status());
                        g.writeStringField("daemon_version", r.version());
                        g.writeStringField("cli_version", cliVersion);
                        g.writeStringField("recommendation", recommendation(r));
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeNumberField("total", rows.size());
                g.writeNumberField("stale", count("stale"));
                g.writeNumberField("mismatched", count("version_mismatch"));
                g.writeNumberField("unresponsive", count("unresponsive"));
                g.writeArrayFieldStart("daemons");
                for (Row r : rows) {
                    g.writeStartObject();
                    g.writeStringField("workspace", r.workspace());
                    g.writeStringField("socket_path", r.socket());
                    g.writeNumberField("pid", r.pid());
                    g.writeStringField("version", r.version());
                    g.writeNumberField("uptime_seconds", r.uptime());
                    g.writeStringField("status", r.status());
                    if (!r.issue().isEmpty()) {
                        g.writeStringField("issue", r.issue());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            };
        }
    }

    /** {@code killall}: Go's KillAllResults, {@code failures} left out when empty (omitempty). */
    static JsonBody killall(int stopped, List<String[]> failures) {
        return g -> {
            g.writeStartObject();
            g.writeNumberField("stopped", stopped);
            g.writeNumberField("failed", failures.size());
            if (!failures.isEmpty()) {
                g.writeArrayFieldStart("failures");
                for (String[] f : failures) {
                    g.writeStartObject();
                    g.writeStringField("workspace", f[0]);
                    g.writeNumberField("pid", Long.parseLong(f[1]));
                    g.writeStringField("error", f[2]);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        };
    }

    static String recommendation(Row r) {
        return switch (r.status()) {
            case "version_mismatch" -> "Restart daemon: bd daemons restart " + r.workspace();
            case "unresponsive" -> "Stop it: bd daemons stop " + r.pid() + " (SIGTERM when it does not answer)";
            default -> "Nothing to do: the stale entry was removed from the registry";
        };
    }

    static HealthReport health(List<KnownDaemons.Known> known, String cliVersion) {
        List<Row> rows = new ArrayList<>();
        for (KnownDaemons.Known k : known) {
            String status;
            String issue = "";
            if (!k.alive()) {
                status = "stale";
                issue = "its lock is free: the daemon died without cleaning up";
            } else if (k.status().isEmpty()) {
                status = "unresponsive";
                issue = "the lock is held but the socket does not answer";
            } else if (!k.version().equals(cliVersion)) {
                status = "version_mismatch";
                issue = "daemon version " + k.version() + " != client version " + cliVersion; // daemons.go:425
            } else {
                status = "healthy";
            }
            rows.add(new Row(
                    k.entry().workspacePath(),
                    k.entry().socketPath(),
                    k.entry().pid(),
                    k.version(),
                    k.status().map(s -> s.uptimeSeconds()).orElse(0L),
                    status,
                    issue));
        }
        return new HealthReport(rows, cliVersion);
    }
}
