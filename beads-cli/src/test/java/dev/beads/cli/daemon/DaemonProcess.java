package dev.beads.cli.daemon;

import dev.beads.adapters.rpc.client.RpcConnection;
import dev.beads.adapters.rpc.client.SocketClient;
import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.cli.Launcher;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code bin/bd daemon run} process on a workspace, for ITs. {@link #close()} always ends it: a clean
 * {@code shutdown} first, then {@code destroyForcibly}, so no test leaves a daemon behind.
 */
final class DaemonProcess implements AutoCloseable {
    private static final long START_MILLIS = 60_000;

    private final Process process;
    private final Path socket;
    private final Path log;

    private DaemonProcess(Process process, Path socket, Path log) {
        this.process = process;
        this.socket = socket;
        this.log = log;
    }

    /** Starts {@code bd daemon run} in {@code root} and waits until its socket answers a ping. */
    static DaemonProcess start(Path root, Path tmp) throws IOException, InterruptedException {
        Map<String, String> env = Launcher.environment(tmp);
        Path log = Files.createTempFile(tmp, "daemon", ".log");
        ProcessBuilder pb = new ProcessBuilder(
                        List.of(Launcher.repoRoot().resolve("bin/bd").toString(), "daemon", "run"))
                .directory(root.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(log.toFile())
                .redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process process = pb.start();
        DaemonProcess daemon = new DaemonProcess(process, root.resolve(".beads/bd.sock"), log);
        try {
            daemon.awaitReady();
            return daemon;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            daemon.kill();
            throw e;
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_MILLIS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("bd daemon run exited with " + process.exitValue() + ":\n" + output());
            }
            Optional<RpcConnection> c = SocketClient.connect(socket);
            if (c.isPresent()) {
                try (RpcConnection rpc = c.get()) {
                    rpc.call("ping", new JsonObjectBuilder().build());
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("bd daemon run did not answer within " + START_MILLIS / 1000 + " s:\n" + output());
    }

    Path socket() {
        return socket;
    }

    Process process() {
        return process;
    }

    RpcConnection connect() {
        return SocketClient.connect(socket).orElseThrow(() -> new AssertionError("no daemon at " + socket));
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Waits for the process to end by itself; true when it did within {@code seconds}. */
    boolean awaitExit(int seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    private void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        try {
            if (process.isAlive()) {
                Optional<RpcConnection> c = SocketClient.connect(socket);
                if (c.isPresent()) {
                    try (RpcConnection rpc = c.get()) {
                        rpc.call("shutdown", new JsonObjectBuilder().build());
                    } catch (RuntimeException e) {
                        // stopping anyway
                    }
                }
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            if (process.isAlive()) {
                kill();
            }
            Files.deleteIfExists(log);
        }
    }
}
