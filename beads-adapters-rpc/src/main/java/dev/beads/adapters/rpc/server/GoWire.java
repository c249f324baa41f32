package dev.beads.adapters.rpc.server;

import dev.beads.adapters.rpc.DrivingPorts;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.adapters.rpc.wire.Fields;
import dev.beads.adapters.rpc.wire.InvalidParamsException;
import dev.beads.core.api.IssueQueries;
import dev.beads.core.error.BeadsException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go bd's own wire format on the same socket (issue 9): {@code {"operation","args","cwd","actor",
 * "client_version","expected_db"}} in, {@code {"success","data","error"}} out, with Go v0.39.1's connection rules
 * ({@code internal/rpc/server_routing_validation_diagnostics.go}, {@code handleRequest}): a wrong
 * {@code expected_db} is refused (except for health and metrics), {@code client_version} is checked (except for
 * ping and health), {@code health} reports {@code compatible}. In this format the daemon is the Go bd version it
 * is compatible with.
 *
 * <p>Here: the envelope and its rules, ping, health, status, metrics, shutdown and batch; the issue operations are
 * {@link GoOperations}. {@code args} may be {@code null} or absent; the request's {@code actor} (default
 * {@code daemon}, as Go's {@code reqActor}) acts. Thread-safe.
 */
public final class GoWire {
    /** The Go bd version this daemon speaks for, as {@code bd version} prints it first. */
    public static final String COMPATIBLE_VERSION = "0.39.1";

    private final ServerControl control;
    private final IssueQueries queries;
    private final GoOperations operations;
    private final GoMetrics metrics = new GoMetrics();
    private final Instant started = Instant.now();
    private volatile ConnectionCounts connections = ConnectionCounts.NONE;

    GoWire(ServerControl control, DrivingPorts ports) {
        this.control = control;
        this.queries = ports.queries();
        this.operations = new GoOperations(ports, new GoMutations());
    }

    void connections(ConnectionCounts counts) {
        this.connections = counts;
    }

    /** Whether {@code operation} writes (the server runs writes on its writer thread). */
    boolean mutates(String operation) {
        GoOperations.Op op = operations.find(operation);
        return op != null && op.mutates() || operation.equals("batch");
    }

    /** The response to one Go request frame. */
    JsonValue.JObject handle(JsonValue.JObject request) {
        long t0 = System.nanoTime();
        JsonValue.JObject response = respond(request);
        String op = string(request, "operation");
        if (GoVersions.isGoOperation(op)) {
            metrics.record(op, response.get("success") == JsonValue.TRUE, System.nanoTime() - t0);
        }
        return response;
    }

    private JsonValue.JObject respond(JsonValue.JObject request) {
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
            case "metrics" ->
                success(GoOperations.data(
                        metrics.snapshot(connections.active(), connections.total(), connections.rejected())));
            case "batch" -> batch(request);
            default -> operation(op, request);
        };
    }

    private JsonValue.JObject operation(String name, JsonValue.JObject request) {
        GoOperations.Op op = operations.find(name);
        if (op == null) {
            return failure(
                    GoVersions.isGoOperation(name)
                            ? "operation " + name + " is not served by this daemon (beads-jvm): run bd with --no-daemon"
                            : "unknown operation: " + name);
        }
        String actor = string(request, "actor");
        try {
            JsonValue args = request.get("args");
            Fields fields = args == null || args instanceof JsonValue.JNull ? Fields.empty() : Fields.of(args, "args");
            control.beforeRequest();
            JsonValue data = op.handler().run(fields, actor.isEmpty() ? "daemon" : actor);
            if (op.mutates()) {
                control.afterMutation();
            }
            return data == null ? new JsonObjectBuilder().put("success", true).build() : success(data);
        } catch (GoOperations.GoFailure e) {
            return failure(e.getMessage());
        } catch (InvalidParamsException | IllegalArgumentException e) {
            return failure("invalid " + name.replace('_', ' ') + " args: " + e.getMessage());
        } catch (BeadsException e) {
            return failure(e.getMessage());
        }
    }

    // Go's handleBatch (server_labels_deps_comments.go:185): in order, each with the envelope's context, stopping
    // after the first failure; the batch itself succeeds.
    private JsonValue.JObject batch(JsonValue.JObject request) {
        JsonValue args = request.get("args");
        List<JsonValue> results = new ArrayList<>();
        try {
            Fields fields = args == null || args instanceof JsonValue.JNull ? Fields.empty() : Fields.of(args, "args");
            for (JsonValue item : fields.array("operations")) {
                Fields sub = Fields.of(item, "a batch operation");
                JsonObjectBuilder subRequest = new JsonObjectBuilder();
                for (Map.Entry<String, JsonValue> f : request.fields().entrySet()) {
                    subRequest.put(f.getKey(), f.getValue());
                }
                subRequest.put("operation", sub.string("operation"));
                subRequest.put("args", sub.raw("args") == null ? JsonValue.NULL : sub.raw("args"));
                JsonValue.JObject result = handle(subRequest.build());
                results.add(result);
                if (result.get("success") != JsonValue.TRUE) {
                    break;
                }
            }
        } catch (InvalidParamsException e) {
            return failure("invalid batch args: " + e.getMessage());
        }
        return success(new JsonObjectBuilder()
                .put("results", new JsonValue.JArray(results))
                .build());
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
                .put("active_connections", connections.active())
                .put("max_connections", connections.max())
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
