package dev.beads.daemon.launch;

import dev.beads.adapters.rpc.json.JsonValue;

/**
 * A daemon's answer to {@code status} (as {@code DaemonControl} gives it).
 *
 * @param pid its process id (0 when it did not say)
 * @param version its bd-jvm version
 * @param state its lifecycle state ({@code running}, {@code stopping}, …)
 * @param uptimeSeconds how long it has served
 * @param workspace the workspace root it serves
 */
public record DaemonStatus(long pid, String version, String state, long uptimeSeconds, String workspace) {
    /** Reads a status result; missing fields read as 0 or "". */
    static DaemonStatus of(JsonValue answer) {
        JsonValue.JObject o = (JsonValue.JObject) answer;
        return new DaemonStatus(
                number(o.get("pid")),
                text(o.get("version")),
                text(o.get("state")),
                number(o.get("uptime_seconds")),
                text(o.get("workspace")));
    }

    private static String text(JsonValue v) {
        return v instanceof JsonValue.JString s ? s.value() : "";
    }

    private static long number(JsonValue v) {
        if (v instanceof JsonValue.JNumber n) {
            try {
                return Long.parseLong(n.text());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
