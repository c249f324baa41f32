package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Workspace;
import dev.beads.daemon.DaemonFiles;
import dev.beads.json.Shapes;
import dev.beads.runtime.WorkspaceLocator;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * {@code bd daemons logs <workspace-path|pid> [-f] [-n N]} (Go bd v0.39.1 daemons.go): the last N lines of a
 * daemon's log; {@code -f} then follows it (Go starts following at the end without the last lines; ours prints them
 * first, as {@code tail -f} does) across rotations. A workspace whose daemon is not running still shows its log.
 */
final class DaemonsLogs extends BdSubcommand {
    private static final long FOLLOW_POLL_MILLIS = 200;

    DaemonsLogs() {
        super("logs");
        model.description("View logs for a specific bd daemon (by workspace path or PID).");
    }

    final Arg<String> target = model.positional("0", "<workspace-path|pid>").string();
    final Arg<Boolean> follow = model.option("-f", "--follow")
            .description("Follow log output (like tail -f).")
            .flag();
    final Arg<Integer> lines = model.option("-n", "--lines")
            .label("int")
            .description("Number of lines to show from end of log (default 50).")
            .integer(50);

    @Override
    protected int execute() throws IOException, InterruptedException {
        Path log = logOf(target.get());
        if (!Files.exists(log)) {
            throw new NotFoundException("log file not found: " + log);
        }
        Output out = out();
        if (json()) {
            String content = Files.readString(log, StandardCharsets.UTF_8);
            out.json(Shapes.object(Shapes.ordered(
                    "workspace",
                    log.getParent().getParent().toString(),
                    "log_path",
                    log.toString(),
                    "content",
                    content)));
            return 0;
        }
        for (String line : tail(log, Math.max(0, lines.get()))) {
            out.line(line);
        }
        out.flush();
        if (follow.get()) {
            follow(log, Files.size(log), out);
        }
        return 0;
    }

    private Path logOf(String target) {
        try {
            return KnownDaemons.find(
                            DaemonCommand.env(this), bd().sessionOptions().cwd(), target)
                    .entry()
                    .beadsDir()
                    .resolve(DaemonFiles.LOG);
        } catch (NotFoundException notRunning) {
            Path dir =
                    bd().sessionOptions().cwd().resolve(target).toAbsolutePath().normalize();
            Optional<Workspace> ws =
                    Files.isDirectory(dir) ? WorkspaceLocator.locate(dir, null, java.util.Map.of()) : Optional.empty();
            if (ws.isEmpty()) {
                throw notRunning;
            }
            return ws.get().beadsDir().resolve(DaemonFiles.LOG);
        }
    }

    static List<String> tail(Path log, int n) throws IOException {
        Deque<String> last = new ArrayDeque<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            last.addLast(line);
            if (last.size() > n) {
                last.removeFirst();
            }
        }
        return List.copyOf(last);
    }

    // Until the process is stopped (Ctrl-C): new bytes as they come; a file that got shorter was rotated, and is
    // read again from its start.
    private static void follow(Path log, long from, Output out) throws IOException, InterruptedException {
        long position = from;
        while (true) {
            long size = Files.exists(log) ? Files.size(log) : 0;
            if (size < position) {
                position = 0;
            }
            if (size > position) {
                try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
                    f.seek(position);
                    byte[] bytes = new byte[(int) Math.min(size - position, 1 << 20)];
                    f.readFully(bytes);
                    position += bytes.length;
                    out.print(new String(bytes, StandardCharsets.UTF_8));
                    out.flush();
                }
            }
            Thread.sleep(FOLLOW_POLL_MILLIS);
        }
    }
}
