package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ExportResult;
import dev.beads.core.error.BackendException;
import dev.beads.core.model.IssueFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bd export}: issues as JSONL, to a file ({@code -o}) or stdout. Refuses to write an empty database over a
 * file that holds issues unless {@code --force} (the port's guard against wiping a JSONL).
 */
@Command(name = "export", description = "Export issues as JSONL (Go bd's format) to stdout or a file.")
public final class ExportCommand extends BdSubcommand {

    @Option(
            names = {"-o", "--output"},
            paramLabel = "<file>",
            description = "Write here (default: stdout).")
    Path output;

    @Option(names = "--force", description = "Write even an empty database over a file that holds issues.")
    boolean force;

    @Mixin
    FilterOptions filters;

    @Override
    protected int execute() {
        Ports ports = reading();
        IssueFilter filter = filters.toFilter(() -> ports, 0);
        // No filter given: everything, tombstones included, as the workspace JSONL holds it.
        IssueFilter chosen = IssueFilter.ALL.equals(filter) ? null : filter;
        if (output == null || output.toString().equals("-")) {
            return toStdout(ports, chosen);
        }
        Path target = bd().env().cwd().resolve(output).toAbsolutePath().normalize();
        ExportResult result = ports.sync().export(new ExportIssues(target, chosen, force));
        Output out = out();
        if (json()) {
            out.json(Shapes.object(Shapes.ordered("exported", result.exported(), "file", target.toString())));
        } else if (!out.quiet()) {
            out.line(out.style().green("✓") + " Exported " + result.exported() + " issues to " + output);
        }
        return 0;
    }

    private int toStdout(Ports ports, IssueFilter filter) {
        Path temp = null;
        try {
            temp = Files.createTempFile("bd-export", ".jsonl");
            Files.delete(temp);
            ports.sync().export(new ExportIssues(temp, filter, true));
            Output out = out();
            out.stdout().write(Files.readAllBytes(temp));
            return 0;
        } catch (IOException e) {
            throw new BackendException("cannot export to stdout through " + temp + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }
}
