package dev.beads.cli.commands;

import dev.beads.cli.BdVersion;
import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bd daemons list|health|logs|stop|restart|killall}: every daemon of the user, through the registry (Go bd
 * v0.39.1 cmd/bd/daemons.go). Needs no workspace.
 */
public final class DaemonsCommand extends BdSubcommand {
    public DaemonsCommand() {
        super("daemons");
        model.description("Manage multiple bd daemons (every workspace's, through the registry).");
        model.subcommand(new ListDaemons().model());
        model.subcommand(new Health().model());
        model.subcommand(new DaemonsTargets.Stop().model());
        model.subcommand(new DaemonsLogs().model());
        model.subcommand(new DaemonsTargets.Killall().model());
        model.subcommand(new DaemonsTargets.Restart().model());
    }

    @Override
    protected int execute() {
        spec.commandLine().usage(out().stdout());
        return 0;
    }

    /** {@code bd daemons list}: Go's DaemonInfo array (no JSON tags there, so its field names). */
    public static final class ListDaemons extends BdSubcommand {
        public ListDaemons() {
            super("list");
            model.description("List all running bd daemons.");
        }

        // Go's --search scans directories for sockets; the registry here knows every daemon, so it is accepted only.
        final Arg<List<String>> search = DaemonFlags.search(model);
        final Arg<Boolean> noCleanup = model.option("--no-cleanup")
                .description("Skip auto-cleanup of stale registry entries.")
                .flag();

        @Override
        protected int execute() {
            List<KnownDaemons.Known> alive = new ArrayList<>();
            for (KnownDaemons.Known k : KnownDaemons.all(DaemonCommand.env(this), !noCleanup.get())) {
                if (k.alive()) {
                    alive.add(k);
                }
            }
            Output out = out();
            if (json()) {
                out.json(DaemonsJson.list(alive));
                return 0;
            }
            if (alive.isEmpty()) {
                out.line("No running daemons found");
                return 0;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"WORKSPACE", "PID", "VERSION", "UPTIME", "LAST ACTIVITY", "LOCK"});
            for (KnownDaemons.Known k : alive) {
                long uptime = k.status().map(s -> s.uptimeSeconds()).orElse(0L);
                rows.add(new String[] {
                    k.entry().workspacePath(),
                    String.valueOf(k.entry().pid()),
                    k.version(),
                    duration(uptime),
                    "(unknown)",
                    "-"
                });
            }
            Table.print(out, rows);
            return 0;
        }
    }

    /** {@code bd daemons health}: the seed's shape, with Go's counts and a daemons list. */
    public static final class Health extends BdSubcommand {
        public Health() {
            super("health");
            model.description("Check health of all bd daemons.");
        }

        final Arg<List<String>> search = DaemonFlags.search(model);

        @Override
        protected int execute() {
            DaemonsJson.HealthReport report =
                    DaemonsJson.health(KnownDaemons.all(DaemonCommand.env(this), true), BdVersion.version());
            Output out = out();
            if (json()) {
                out.json(report.body());
                return 0;
            }
            if (report.rows().isEmpty()) {
                out.line("No daemons found");
                return 0;
            }
            out.line("Health Check Summary:");
            out.line("  Total:        " + report.rows().size());
            out.line("  Healthy:      " + report.count("healthy"));
            out.line("  Stale:        " + report.count("stale"));
            out.line("  Mismatched:   " + report.count("version_mismatch"));
            out.line("  Unresponsive: " + report.count("unresponsive"));
            out.line();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"WORKSPACE", "PID", "VERSION", "STATUS", "ISSUE"});
            for (DaemonsJson.Row r : report.rows()) {
                rows.add(new String[] {
                    r.workspace(),
                    String.valueOf(r.pid()),
                    r.version(),
                    r.status(),
                    r.issue().isEmpty() ? "-" : r.issue()
                });
            }
            Table.print(out, rows);
            return report.healthy() ? 0 : 1; // Go bd exits 1 when any daemon is unhealthy (daemons.go:470)
        }
    }

    /** Go's formatDaemonDuration (daemons.go): 42s, 5m, 1.5h, 2.0d. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return Math.round(seconds / 60.0) + "m";
        }
        if (seconds < 86400) {
            return String.format(Locale.ROOT, "%.1fh", seconds / 3600.0);
        }
        return String.format(Locale.ROOT, "%.1fd", seconds / 86400.0);
    }
}
