package dev.beads.bench;

import dev.beads.adapters.rpc.client.RpcConnection;
import dev.beads.adapters.rpc.client.SocketClient;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.core.model.Workspace;
import dev.beads.daemon.WorkspaceDaemon;
import dev.beads.runtime.Beads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 9 must-show 6: request latencies over the real socket of a daemon serving 10,000 issues (the daemon in this
 * JVM, the client on its own connection). Not JMH: the numbers are percentiles of single requests.
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp beads-bench/target/benchmarks.jar dev.beads.bench.SocketBenchmark
 * </pre>
 */
public final class SocketBenchmark {
    private static final JsonValue.JObject NO_PARAMS = new JsonObjectBuilder().build();

    private SocketBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = SyntheticWorkspace.tempDir();
        try {
            Workspace workspace;
            try (Beads beads = SyntheticWorkspace.create(dir, 10_000)) {
                workspace = beads.workspace();
            }
            WorkspaceDaemon daemon = WorkspaceDaemon.start(workspace, Map.of(), "bench");
            try {
                run(daemon.socket());
            } finally {
                daemon.stop();
            }
        } finally {
            SyntheticWorkspace.delete(dir);
        }
    }

    private static void run(Path socket) throws Exception {
        Random random = new Random(7);
        try (RpcConnection rpc = SocketClient.connect(socket).orElseThrow()) {
            report("ping", measure(rpc, 5_000, 20_000, i -> call(rpc, "ping", NO_PARAMS)));
            report("get_issue", measure(rpc, 2_000, 10_000, i -> call(rpc, "get_issue", id(random))));
            report(
                    "ready_work (limit 10)",
                    measure(
                            rpc,
                            200,
                            2_000,
                            i -> call(
                                    rpc,
                                    "ready_work",
                                    new JsonObjectBuilder().put("limit", 10).build())));
            report("create_issue (answered after the commit)", measure(rpc, 200, 2_000, i -> create(rpc, "a", i)));
        }
        // Mutation → JSONL: a create that asks to be answered once the JSONL holds it (await_jsonl) is answered
        // after the flush that writes it, so its latency bounds the time from the request to the file holding it.
        try (RpcConnection rpc = SocketClient.connect(socket).orElseThrow().awaitingJsonl()) {
            report(
                    "create_issue with await_jsonl (request -> the JSONL holds it)",
                    measure(rpc, 50, 500, i -> create(rpc, "j", i)));
        }
        concurrent(socket, 32, 1_000);
    }

    private static void create(RpcConnection rpc, String tag, int i) {
        call(
                rpc,
                "create_issue",
                new JsonObjectBuilder()
                        .put(
                                "issue",
                                new JsonObjectBuilder()
                                        .put("title", "bench " + tag + i)
                                        .build())
                        .put("actor", "bench")
                        .build());
    }

    private static JsonValue.JObject id(Random random) {
        return new JsonObjectBuilder()
                .put("id", SyntheticWorkspace.id(random.nextInt(10_000)).value())
                .build();
    }

    private static void call(RpcConnection rpc, String method, JsonValue.JObject params) {
        rpc.call(method, params);
    }

    private interface Request {
        void run(int i) throws Exception;
    }

    private static long[] measure(RpcConnection rpc, int warmup, int n, Request r) throws Exception {
        for (int i = 0; i < warmup; i++) {
            r.run(-i - 1);
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            r.run(i);
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }

    private static void concurrent(Path socket, int clients, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger errors = new AtomicInteger();
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int seed = c;
                futures.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    long[] nanos = new long[perClient];
                    try (RpcConnection rpc = SocketClient.connect(socket).orElseThrow()) {
                        for (int i = 0; i < perClient; i++) {
                            int kind = random.nextInt(20);
                            long t0 = System.nanoTime();
                            try {
                                if (kind < 10) {
                                    call(rpc, "get_issue", id(random));
                                } else if (kind < 16) {
                                    call(rpc, "ping", NO_PARAMS);
                                } else if (kind < 19) {
                                    call(
                                            rpc,
                                            "ready_work",
                                            new JsonObjectBuilder()
                                                    .put("limit", 10)
                                                    .build());
                                } else {
                                    call(
                                            rpc,
                                            "create_issue",
                                            new JsonObjectBuilder()
                                                    .put(
                                                            "issue",
                                                            new JsonObjectBuilder()
                                                                    .put("title", "c" + seed + "-" + i)
                                                                    .build())
                                                    .build());
                                }
                            } catch (RuntimeException e) {
                                errors.incrementAndGet();
                            }
                            nanos[i] = System.nanoTime() - t0;
                        }
                    }
                    return nanos;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                for (long v : f.get()) {
                    all.add(v);
                }
            }
            long[] merged = all.stream().mapToLong(Long::longValue).toArray();
            report(
                    clients + " clients x " + perClient + " mixed (50% get, 30% ping, 15% ready, 5% create), errors "
                            + errors.get(),
                    merged);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%-90s p50 %8.3f ms   p99 %8.3f ms   n %d%n", what, ms(sorted, 0.50), ms(sorted, 0.99), sorted.length);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))] / 1e6;
    }
}
