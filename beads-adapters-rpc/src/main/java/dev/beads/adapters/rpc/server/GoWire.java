package dev.beads.adapters.rpc.server;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.core.api.IssueQueries;
import dev.beads.core.error.BeadsException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;

/**
 * Go bd's own wire format on the same socket (issue 9): {@code {"operation","args","cwd","actor",
 * "client_version","expected_db"}} in, {@code {"success","data","error"}} out, with Go v0.39.1's connection rules
 * ({@code internal/rpc/server_routing_validation_diagnostics.go}, {@code handleRequest}): a wrong
 * {@code expected_db} is refused (except for health and metrics), {@code client_version} is checked (except for
 * ping and health), {@code health} reports {@code compatible}. In this format the daemon is the Go bd version it
 * is compatible with.
 *
 * <p>Served so far: ping, health, status, shutdown. Go's issue operations (create, list, show, ...) answer an
 * error that says to run bd in-process; they map onto the driving ports once their data shapes (the CLI's
 * {@code --json}) can be shared with the CLI. Thread-safe.
 */
public final class GoWire {
    /** The Go bd version this daemon speaks for, as {@code bd version} prints it first. */
    public static final String COMPATIBLE_VERSION = "0.39.1";

    private final ServerControl control;
    private final IssueQueries queries;
    private final Instant started = Instant.now();
    private volatile IntSupplier activeConnections = () -> 0;
    private volatile int maxConnections;

    GoWire(ServerControl control, IssueQueries queries) {
        this.control = control;
        this.queries = queries;
    }

    void connections(IntSupplier active, int max) {
        this.activeConnections = active;
        this.maxConnections = max;
    }

    /** The response to one Go request frame. */
    JsonValue.JObject handle(JsonValue.JObject request) {
        String op = string(request, "operation");
        String clientVersion = string(request, "client_version");
        if (!op.equals("health") && !op.equals("metrics")) {
            String mismatch = databaseMismatch(string(request, "expected_db"));
            if (mismatch != null) {
                return failure(mismatch);
            }
        }
        if (!op.equals("ping") && !op.equals("health")) {
            String incompatible = GoVersions.incompatibility(COMPATIBLE_VERSION, clientVersion);
            if (incompatible != null) {
                return failure(incompatible);
            }
        }
        return switch (op) {
            case "ping" ->
                success(new JsonObjectBuilder()
                        .put("message", "pong")
                        .put("version", COMPATIBLE_VERSION)
                        .build());
            case "health" -> health(clientVersion);
            case "status" -> success(status());
            case "shutdown" -> {
                control.shutdown();
                yield success(new JsonObjectBuilder()
                        .put("message", "Daemon shutting down")
                        .build());
            }
            default ->
                GoVersions.isGoOperation(op)
                        ? failure("operation " + op + " is not served over Go bd's wire format by this daemon yet"
                                + " (beads-jvm): run bd with --no-daemon, or use JSON-RPC 2.0")
                        : failure("unknown operation: " + op);
        };
    }

    private JsonValue.JObject health(String clientVersion) {
        long t0 = System.nanoTime();
        String error = null;
        try {
            queries.stats();
        } catch (BeadsException e) {
            error = e.getMessage();
        }
        double dbMillis = (System.nanoTime() - t0) / 1e6;
        String status = error != null ? "unhealthy" : dbMillis > 500 ? "degraded" : "healthy";
        Runtime rt = Runtime.getRuntime();
        JsonObjectBuilder b = new JsonObjectBuilder().put("status", status).put("version", COMPATIBLE_VERSION);
        if (!clientVersion.isEmpty()) {
            b.put("client_version", clientVersion);
        }
        b.put(
                        "compatible",
                        clientVersion.isEmpty()
                                || GoVersions.incompatibility(COMPATIBLE_VERSION, clientVersion) == null)
                .put("uptime_seconds", number(seconds()))
                .put("db_response_ms", number(dbMillis))
                .put("active_connections", activeConnections.getAsInt())
                .put("max_connections", maxConnections)
                .put("memory_alloc_mb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        if (error != null) {
            b.put("error", error);
        }
        JsonObjectBuilder response =
                new JsonObjectBuilder().put("success", error == null).put("data", b.build());
        if (error != null) {
            response.put("error", error);
        }
        return response.build();
    }

    private JsonValue status() {
        DaemonFacts f = control.facts();
        return new JsonObjectBuilder()
                .put("version", COMPATIBLE_VERSION)
                .put("workspace_path", f.workspacePath())
                .put("database_path", f.databasePath())
                .put("socket_path", f.socketPath())
                .put("pid", ProcessHandle.current().pid())
                .put("uptime_seconds", number(seconds()))
                .put(
                        "last_activity_time",
                        Instant.now()
                                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                                .toString())
                .put("exclusive_lock_active", false)
                .put("auto_commit", false)
                .put("auto_push", false)
                .put("auto_pull", false)
                .put("local_mode", false)
                .put("sync_interval", "")
                .put("daemon_mode", "")
                .build();
    }

    // Go's validateDatabaseBinding: both paths with symbolic links resolved.
    private String databaseMismatch(String expected) {
        if (expected.isEmpty()) {
            return null;
        }
        String served = control.facts().databasePath();
        if (real(expected).equals(real(served))) {
            return null;
        }
        return "database mismatch: client expects " + expected + " but daemon serves " + served
                + ". Wrong daemon connection - check socket path";
    }

    private static Path real(String path) {
        Path p = Path.of(path);
        try {
            return p.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            return p.normalize();
        }
    }

    private double seconds() {
        return Duration.between(started, Instant.now()).toNanos() / 1e9;
    }

    private static JsonValue number(double d) {
        return new JsonValue.JNumber(Double.toString(d));
    }

    private static String string(JsonValue.JObject o, String key) {
        return o.get(key) instanceof JsonValue.JString s ? s.value() : "";
    }

    static JsonValue.JObject success(JsonValue data) {
        return new JsonObjectBuilder().put("success", true).put("data", data).build();
    }

    static JsonValue.JObject failure(String error) {
        return new JsonObjectBuilder().put("success", false).put("error", error).build();
    }
}
