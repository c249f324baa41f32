package dev.beads.cli;

import dev.beads.adapters.rpc.client.RpcConnection;
import dev.beads.adapters.rpc.client.SocketClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The daemon processes of a test, found as {@code ps} would (from {@code /proc}), and stopped. */
public final class Daemons {
    private Daemons() {}

    /**
     * The pids of {@code bd daemon run} processes (and the test's other-version daemon) whose working directory is
     * {@code dir} or under it.
     */
    public static List<Long> servingUnder(Path dir) throws IOException {
        Path real = dir.toRealPath();
        List<Long> pids = new ArrayList<>();
        try (var procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                try {
                    String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
                    boolean daemon = cmdline.contains("\0daemon\0run") || cmdline.contains("OtherVersionDaemon");
                    if (daemon && Files.readSymbolicLink(proc.resolve("cwd")).startsWith(real)) {
                        pids.add(Long.parseLong(proc.getFileName().toString()));
                    }
                } catch (IOException | SecurityException | NumberFormatException e) {
                    // gone meanwhile, or not ours to read
                }
            }
        }
        return pids;
    }

    /** SIGTERM to each (a daemon stops cleanly on it), then SIGKILL to any still there after 10 s. */
    public static void stop(List<Long> pids) {
        terminate(pids);
        awaitExit(pids);
    }

    /** SIGTERM to each, without waiting: a daemon's JVM takes a while to exit after it has stopped serving. */
    public static void terminate(List<Long> pids) {
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
    }

    /** Waits up to 10 s for each to exit, then SIGKILL. */
    public static void awaitExit(List<Long> pids) {
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(p -> {
                try {
                    p.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    p.destroyForcibly();
                }
            });
        }
    }

    /** Waits until something answers on {@code socket}, failing if {@code process} ends first. */
    public static void awaitSocket(Path socket, Process process) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the daemon exited with " + process.exitValue());
            }
            Optional<RpcConnection> c = SocketClient.connect(socket);
            if (c.isPresent()) {
                c.get().close();
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("nothing answered on " + socket + " within 60 s");
    }
}
