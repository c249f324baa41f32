package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ExportResult;
import dev.beads.core.error.IoProblems;
import dev.beads.core.model.IssueFilter;
import dev.beads.json.Shapes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bd export}: issues as JSONL, to a file ({@code -o}) or stdout. Refuses to write an empty database over a
 * file that holds issues unless {@code --force} (the port's guard against wiping a JSONL).
 */
public final class ExportCommand extends BdSubcommand {
    public ExportCommand() {
        super("export");
        model.description("Export issues as JSONL (Go bd's format) to stdout or a file.");
    }

    final Arg<Path> output = model.option("-o", "--output")
            .label("<file>")
            .description("Write here (default: stdout).")
            .path();

    // Go bd v0.39.1 cmd/bd/export.go:543: jsonl is the only format.
    final Arg<String> format = model.option("-f", "--format")
            .label("<format>")
            .description("jsonl (the only one).")
            .string();

    final Arg<Boolean> force = model.option("--force")
            .description("Write even an empty database over a file that holds issues.")
            .flag();

    final FilterOptions filters = new FilterOptions(model);

    @Override
    protected int execute() {
        if (format.get() != null && !format.get().equals("jsonl")) {
            throw new dev.beads.core.error.InvalidInputException(
                    "unknown export format \"" + format.get() + "\": bd exports jsonl only");
        }
        Ports ports = reading();
        IssueFilter filter = filters.toFilter(() -> ports, 0);
        // No filter given: everything, tombstones included, as the workspace JSONL holds it.
        IssueFilter chosen = IssueFilter.ALL.equals(filter) ? null : filter;
        if (output.get() == null || output.get().toString().equals("-")) {
            return toStdout(ports, chosen);
        }
        Path target = bd().env().cwd().resolve(output.get()).toAbsolutePath().normalize();
        ExportResult result = ports.sync().export(new ExportIssues(target, chosen, force.get()));
        Output out = out();
        if (json()) {
            // Go bd v0.39.1 cmd/bd/export.go:527 (a map: sorted keys), there on stderr as stdout may hold the JSONL.
            out.json(Shapes.object(Shapes.sorted(
                    "success", true,
                    "exported", result.exported(),
                    "skipped", 0,
                    "total_issues", result.exported(),
                    "output_file", output.get().toString())));
        } else if (!out.quiet()) {
            out.line(out.style().green("✓") + " Exported " + result.exported() + " issues to " + output.get());
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
            throw IoProblems.failure("cannot export to stdout through " + temp, e);
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
