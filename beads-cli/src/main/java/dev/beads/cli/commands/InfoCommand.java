package dev.beads.cli.commands;

import dev.beads.cli.BdVersion;
import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.DaemonStatus;
import dev.beads.cli.session.Ports;
import dev.beads.cli.session.Session;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.Workspace;
import dev.beads.json.Shapes;
import dev.beads.runtime.DatabaseSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bd info}: which workspace and database this directory uses, and how. The JSON is Go bd v0.39.1's map
 * (cmd/bd/info.go:60, keys sorted: {@code config}, {@code daemon_connected}, {@code database_path},
 * {@code issue_count}, {@code mode}, {@code schema} with {@code --schema}) with ours among them ({@code actor},
 * {@code issue_prefix}, {@code jsonl_path}, {@code root}).
 */
public final class InfoCommand extends BdSubcommand {
    public InfoCommand() {
        super("info");
        model.description("Show the workspace, database, mode and issue count in use.");
    }

    // Go bd v0.39.1 cmd/bd/info.go:800-802.
    final Arg<Boolean> schema = model.option("--schema")
            .description("Include the database schema: tables, schema version, sample ids.")
            .flag();

    final Arg<Boolean> whatsNew = model.option("--whats-new")
            .description("Go bd's release notes for agents; this build has none of its own.")
            .flag();

    final Arg<Boolean> thanks = model.option("--thanks")
            .description("Go bd's contributors page; this build points at beads' repository.")
            .flag();

    @Override
    protected int execute() {
        Output out = out();
        if (whatsNew.get()) {
            return whatsNew(out);
        }
        if (thanks.get()) {
            out.line("bd for the JVM follows beads (Go bd " + BdVersion.COMPATIBLE_WITH + ") by Steve Yegge and its"
                    + " contributors: https://github.com/steveyegge/beads");
            return 0;
        }
        Session session = session();
        Ports ports = session.forRead();
        Workspace ws = session.workspace();
        Map<String, String> config = ports.config().list();
        String prefix = config.getOrDefault("issue_prefix", "");
        int issues = ports.queries().count(IssueFilter.ALL, null).total();
        DaemonStatus daemon = session.daemonStatus();
        Map<String, Object> info = new TreeMap<>(Shapes.sorted(
                "root", ws.root().toString(),
                "database_path", ws.database().toString(),
                "jsonl_path", ws.jsonl().toString(),
                "mode", daemon.mode(),
                "daemon_connected", daemon.connected(),
                "issue_prefix", prefix,
                "issue_count", issues,
                "actor", actor()));
        daemonFields(info, daemon);
        DatabaseSchema described = schema.get() ? DatabaseSchema.read(ws) : null;
        List<String> samples = described == null ? List.of() : samples(ports);
        if (json()) {
            out.json(g -> {
                g.writeStartObject();
                for (Map.Entry<String, Object> e : info.entrySet()) {
                    Shapes.scalar(g, e.getKey(), e.getValue());
                    // Sorted keys: "config" (Go leaves it out when empty) comes right after "actor".
                    if (e.getKey().equals("actor") && !config.isEmpty()) {
                        stringMap(g, "config", config);
                    }
                }
                if (described != null) {
                    g.writeObjectFieldStart("schema");
                    stringMap(g, "config", prefix.isEmpty() ? Map.of() : Map.of("issue_prefix", prefix));
                    g.writeStringField("detected_prefix", samples.isEmpty() ? "" : prefixOf(samples.get(0)));
                    Shapes.scalar(g, "sample_issue_ids", samples);
                    g.writeStringField("schema_version", String.valueOf(described.version()));
                    Shapes.scalar(g, "tables", described.tables());
                    g.writeEndObject();
                }
                g.writeEndObject();
            });
            return 0;
        }
        out.line();
        out.line("Beads Database Information");
        out.line("===========================");
        out.line("Database: " + ws.database());
        out.line("Mode: " + daemon.mode() + (daemon.connected() ? "" : " (in-process)"));
        out.line("Root: " + ws.root());
        out.line("JSONL: " + ws.jsonl());
        out.line("Issue prefix: " + prefix);
        out.line("Actor: " + actor());
        daemonLines(out, daemon);
        out.line();
        out.line("Issue Count: " + issues);
        if (described != null) {
            out.line();
            out.line("Schema Information:");
            out.line("  Tables: [" + String.join(" ", described.tables()) + "]");
            out.line("  Schema Version: " + described.version());
            if (!samples.isEmpty()) {
                out.line("  Detected Prefix: " + prefixOf(samples.get(0)));
                out.line("  Sample Issues: [" + String.join(" ", samples) + "]");
            }
        }
        out.line();
        return 0;
    }

    /**
     * Go's daemon keys (info.go:66-94): connected, the socket, version, health, compatibility and uptime (seconds,
     * a float) of the daemon; in direct mode the fallback reason (unless {@code none}) and its detail.
     */
    private static void daemonFields(Map<String, Object> info, DaemonStatus status) {
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

    /** A float64 as Go's encoding/json writes it: {@code 12} for 12.0, {@code 12.5} for 12.5. */
    static Object goFloat(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }

    /** Go's "Daemon Status:" section (info.go:200-224). */
    private static void daemonLines(Output out, DaemonStatus status) {
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
            return;
        }
        out.line("  Connected: yes");
        out.line("  Socket: " + status.socketPath());
        out.line("  Version: " + daemon.version());
        out.line("  Health: " + daemon.status());
        out.line("  Compatible: " + (daemon.compatible() ? "✓ yes" : "✗ no (restart recommended)"));
        out.line("  Uptime: " + String.format(java.util.Locale.ROOT, "%.1fs", daemon.uptimeSeconds()));
    }

    /** The first three issues as Go lists them (info.go:160). */
    private static List<String> samples(Ports ports) {
        List<String> ids = new ArrayList<>();
        for (Issue i : ports.queries().list(IssueFilter.builder().limit(3).build())) {
            ids.add(i.id().value());
        }
        return ids;
    }

    private static String prefixOf(String id) {
        int dash = id.lastIndexOf('-');
        return dash < 0 ? "" : id.substring(0, dash);
    }

    private static void stringMap(com.fasterxml.jackson.core.JsonGenerator g, String name, Map<String, String> map)
            throws java.io.IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** Go bd's {@code --whats-new} (info.go:768): {@code current_version}, {@code recent_changes}. */
    private int whatsNew(Output out) {
        if (json()) {
            out.json(g -> {
                g.writeStartObject();
                g.writeStringField("current_version", BdVersion.COMPATIBLE_WITH);
                g.writeArrayFieldStart("recent_changes");
                g.writeEndArray();
                g.writeEndObject();
            });
        } else {
            out.line("bd " + BdVersion.line() + ": this build follows Go bd " + BdVersion.COMPATIBLE_WITH
                    + "; docs/DECISIONS.md says where it differs.");
        }
        return 0;
    }
}
