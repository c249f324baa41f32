package dev.beads.adapters.rpc.server;

import dev.beads.json.JsonBody;
import dev.beads.json.Shapes;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Go bd's {@code metrics}: per operation of Go's format, how many ran, succeeded and failed, and their latency over
 * the last 1,000 of each (Go's {@code MetricsSnapshot}, v0.39.1 internal/rpc/metrics.go:166). Thread-safe.
 */
final class GoMetrics {
    private static final int SAMPLES = 1000;

    private static final class Counts {
        long total;
        long success;
        long errors;
        final double[] millis = new double[SAMPLES];
        int next;
    }

    private final Map<String, Counts> operations = new TreeMap<>();
    private final Instant started = Instant.now();

    synchronized void record(String operation, boolean success, long nanos) {
        Counts c = operations.computeIfAbsent(operation, k -> new Counts());
        c.total++;
        if (success) {
            c.success++;
        } else {
            c.errors++;
        }
        c.millis[c.next++ % SAMPLES] = nanos / 1e6;
    }

    /** The snapshot; connection counts from the server. */
    synchronized JsonBody snapshot(int active, long total, long rejected) {
        Runtime rt = Runtime.getRuntime();
        double uptime = Duration.between(started, Instant.now()).toNanos() / 1e9;
        Map<String, double[]> latencies = new TreeMap<>();
        Map<String, long[]> counts = new TreeMap<>();
        for (Map.Entry<String, Counts> e : operations.entrySet()) {
            Counts c = e.getValue();
            double[] sorted = Arrays.copyOf(c.millis, (int) Math.min(c.total, SAMPLES));
            Arrays.sort(sorted);
            latencies.put(e.getKey(), sorted);
            counts.put(e.getKey(), new long[] {c.total, c.success, c.errors});
        }
        return g -> {
            g.writeStartObject();
            g.writeStringField("timestamp", OffsetDateTime.now().toString());
            g.writeFieldName("uptime_seconds");
            Shapes.goFloat(g, uptime);
            g.writeArrayFieldStart("operations");
            for (Map.Entry<String, long[]> e : counts.entrySet()) {
                double[] ms = latencies.get(e.getKey());
                g.writeStartObject();
                g.writeStringField("operation", e.getKey());
                g.writeNumberField("total_count", e.getValue()[0]);
                g.writeNumberField("success_count", e.getValue()[1]);
                g.writeNumberField("error_count", e.getValue()[2]);
                g.writeObjectFieldStart("latency");
                latency(g, "min_ms", ms.length == 0 ? 0 : ms[0]);
                latency(g, "p50_ms", percentile(ms, 0.50));
                latency(g, "p95_ms", percentile(ms, 0.95));
                latency(g, "p99_ms", percentile(ms, 0.99));
                latency(g, "max_ms", ms.length == 0 ? 0 : ms[ms.length - 1]);
                latency(g, "avg_ms", ms.length == 0 ? 0 : Arrays.stream(ms).sum() / ms.length);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("total_connections", total);
            g.writeNumberField("active_connections", active);
            g.writeNumberField("rejected_connections", rejected);
            g.writeNumberField("memory_alloc_mb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
            g.writeNumberField("memory_sys_mb", rt.totalMemory() / (1024 * 1024));
            g.writeNumberField("goroutine_count", Thread.activeCount());
            g.writeEndObject();
        };
    }

    private static void latency(com.fasterxml.jackson.core.JsonGenerator g, String name, double value)
            throws java.io.IOException {
        g.writeFieldName(name);
        Shapes.goFloat(g, value);
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
