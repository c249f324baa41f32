package dev.beads.adapters.rpc.server;

import java.util.Set;

/**
 * Go bd v0.39.1's {@code checkVersionCompatibility} and its operation names ({@code internal/rpc/protocol.go}).
 * Versions are semantic versions with or without a {@code v}; one that is not (a dev build) is compatible.
 */
final class GoVersions {
    private static final Set<String> OPERATIONS = Set.of(
            "ping",
            "status",
            "health",
            "metrics",
            "create",
            "update",
            "close",
            "list",
            "count",
            "show",
            "ready",
            "blocked",
            "stale",
            "stats",
            "dep_add",
            "dep_remove",
            "dep_tree",
            "label_add",
            "label_remove",
            "comment_list",
            "comment_add",
            "batch",
            "resolve_id",
            "compact",
            "compact_stats",
            "export",
            "import",
            "epic_status",
            "get_mutations",
            "get_molecule_progress",
            "shutdown",
            "delete",
            "get_worker_status",
            "gate_create",
            "gate_list",
            "gate_show",
            "gate_close",
            "gate_wait");

    private GoVersions() {}

    static boolean isGoOperation(String op) {
        return OPERATIONS.contains(op);
    }

    /** Go's refusal message for {@code client} talking to a daemon of version {@code server}, or null when fine. */
    static String incompatibility(String server, String client) {
        if (client == null || client.isEmpty()) {
            return null;
        }
        int[] s = parse(server);
        int[] c = parse(client);
        if (s == null || c == null) {
            return null;
        }
        int cmp = compare(s, c);
        if (s[0] != c[0]) {
            return cmp < 0
                    ? "incompatible major versions: client " + client + ", daemon " + server
                            + ". Daemon is older; upgrade and restart daemon: 'bd daemon --stop && bd daemon'"
                    : "incompatible major versions: client " + client + ", daemon " + server
                            + ". Client is older; upgrade the bd CLI to match the daemon's major version";
        }
        if (cmp < 0) {
            return s[1] != c[1]
                    ? "version mismatch: client v" + client + " requires daemon upgrade (daemon is v" + server
                            + "). The client may expect schema changes not present in this daemon version. Run: bd"
                            + " daemons killall"
                    : "version mismatch: daemon v" + server + " is older than client v" + client
                            + ". Upgrade and restart daemon: bd daemons killall";
        }
        return null;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** MAJOR.MINOR.PATCH (pre-release and build suffixes ignored), or null when not a version. */
    static int[] parse(String v) {
        String t = v.startsWith("v") ? v.substring(1) : v;
        int cut = t.length();
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '-' || t.charAt(i) == '+') {
                cut = i;
                break;
            }
        }
        String[] parts = t.substring(0, cut).split("\\.", -1);
        if (parts.length < 1 || parts.length > 3) {
            return null;
        }
        int[] out = new int[3];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty() || !parts[i].chars().allMatch(Character::isDigit) || parts[i].length() > 9) {
                return null;
            }
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }
}
