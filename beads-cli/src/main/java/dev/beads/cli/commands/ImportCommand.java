package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.ImportBar;
import dev.beads.cli.output.Output;
import dev.beads.cli.output.Progress;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.ImportProgress;
import dev.beads.core.api.ImportResult;
import dev.beads.core.api.ImportWarning;
import dev.beads.core.error.IoProblems;
import dev.beads.core.error.NotFoundException;
import dev.beads.json.CommandJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code bd import}: a JSONL file (or stdin) into the workspace, last write wins per issue; all or nothing. A
 * large file on a terminal gets a progress bar on stderr (reading, then storing). What the file holds that bd would
 * not write so is imported as it is and reported: the count and the first few warnings on stderr, all of them under
 * {@code warnings} with {@code --json}; {@code --strict} makes the first one an error (Go bd's flag, which there
 * fails on dependency errors).
 */
public final class ImportCommand extends BdSubcommand {
    public ImportCommand() {
        super("import");
        model.description("Import issues from JSONL (a file with -i, or stdin).");
    }
    /** Files above this size get a progress bar (when stderr is a terminal). */
    static final long LARGE = 256 * 1024;

    final Arg<Path> input = model.option("-i", "--input")
            .label("<file>")
            .description("Read this file (default: stdin).")
            .path();

    final ImportGoFlags goFlags = new ImportGoFlags(model);

    final Arg<Boolean> dryRun = model.option("--dry-run")
            .description("Report what would change, change nothing.")
            .flag();

    final Arg<Boolean> strict = model.option("--strict")
            .description("Fail, importing nothing, on anything bd would not write so (reported as warnings otherwise).")
            .flag();

    /** How many warnings the text output shows; {@code --json} lists them all. */
    static final int SHOWN_WARNINGS = 5;

    @Override
    protected int execute() {
        goFlags.check();
        Path temp = null;
        try {
            Path source;
            if (input.get() == null || input.get().toString().equals("-")) {
                temp = stdinToFile();
                source = temp;
            } else {
                source = bd().env().cwd().resolve(input.get()).toAbsolutePath().normalize();
                if (!Files.isRegularFile(source)) {
                    throw new NotFoundException("file not found: " + input.get() + " (bd import -i <file.jsonl>)");
                }
            }
            Ports ports = dryRun.get() ? reading() : writing();
            ImportResult result;
            String name = input.get() == null ? "stdin" : input.get().toString();
            boolean large = bd().env().stderrTty() && size(source) > LARGE;
            try (Progress bar = Progress.start(
                    out().stderr(), "Importing " + name + " (" + Progress.size(size(source)) + ")", large)) {
                ImportProgress progress = large ? new ImportBar(bar, dryRun.get()) : ImportProgress.NONE;
                result = ports.sync()
                        .importIssues(new ImportIssues(source, dryRun.get(), actor(), strict.get()), progress);
            }
            render(result);
            return 0;
        } finally {
            ExportCommand.deleteQuietly(temp);
        }
    }

    private void render(ImportResult r) {
        Output out = out();
        if (json()) {
            out.json(CommandJson.imported(r));
        } else {
            if (!out.quiet()) {
                String counts = r.created() + " created, " + r.updated() + " updated, " + r.unchanged() + " unchanged";
                out.line(r.dryRun() ? "Dry run, nothing changed: would be " + counts : "Import complete: " + counts);
            }
            warnings(out, r.warnings());
        }
    }

    /** On stderr, even with {@code --quiet}: an import that stored something unusual never passes silently. */
    private static void warnings(Output out, List<ImportWarning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        out.warn(warnings.size() + (warnings.size() == 1 ? " record" : " records")
                + " imported as written although bd would not write them so (--strict refuses them):");
        for (ImportWarning w : warnings.subList(0, Math.min(SHOWN_WARNINGS, warnings.size()))) {
            out.stderr().println("  " + w);
        }
        if (warnings.size() > SHOWN_WARNINGS) {
            out.stderr()
                    .println("  ... and " + (warnings.size() - SHOWN_WARNINGS) + " more (bd import --json lists them"
                            + " all)");
        }
    }

    private Path stdinToFile() {
        try {
            Path temp = Files.createTempFile("bd-import", ".jsonl");
            Files.copy(bd().env().in(), temp, StandardCopyOption.REPLACE_EXISTING);
            return temp;
        } catch (IOException e) {
            throw IoProblems.failure("cannot read the JSONL from stdin", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
