package dev.beads.cli.commands;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.adapters.git.merge.MergeDriver;
import dev.beads.cli.CommandModel.Arg;
import dev.beads.core.error.BeadsException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code bd merge <output> <base> <left> <right>}: git's merge driver for the JSONL, registered by {@code bd init} as
 * {@code bd merge %A %O %A %B} (Go bd v0.39.1 cmd/bd/merge.go: the arguments, the exit codes). Needs no workspace.
 * Every conflict is resolved field by field, so the exit is 0 or, when an input cannot be read, 2.
 */
public final class MergeCommand extends BdSubcommand {
    /** Go bd's exit code for an error (invalid arguments, a file not found, a line that is not JSON). */
    static final int ERROR = 2;

    public MergeCommand() {
        super("merge");
        model.description(
                "Git merge driver for beads JSONL files.",
                "",
                "NOTE: This command is for git merge operations, NOT for merging duplicate issues.",
                "",
                "Merges the three versions git gives it issue by issue and field by field: scalar fields three-way"
                        + " (a true conflict goes to the side with the later updated_at), labels and dependencies"
                        + " as sets with removals, comments as a union, tombstones honoured, unknown keys and"
                        + " records that are not issues kept. The result is written in bd's export format.",
                "",
                "Designed to work as a git merge driver. Configure with:",
                "",
                "  git config merge.beads.driver \"bd merge %A %O %A %B\"",
                "  git config merge.beads.name \"bd JSONL merge driver\"",
                "  echo \".beads/issues.jsonl merge=beads\" >> .gitattributes",
                "",
                "Or use 'bd init' which automatically configures the merge driver.",
                "",
                "Exit codes:",
                "  0 - Merge successful (every conflict resolved by the rules)",
                "  2 - Error (invalid arguments, file not found, a line that cannot be read, etc.)");
    }

    final Arg<String> output = model.positional("0", "<output>").string();

    final Arg<String> base = model.positional("1", "<base>").string();

    final Arg<String> left = model.positional("2", "<left>").string();

    final Arg<String> right = model.positional("3", "<right>").string();

    final Arg<Boolean> debug =
            model.option("--debug").description("Enable debug output to stderr").flag();

    @Override
    protected int execute() {
        PrintStream err = out().stderr();
        Path cwd = bd().env().cwd();
        Path out = cwd.resolve(output.get());
        if (debug.get()) {
            err.println("=== MERGE DRIVER INVOKED ===");
            err.println("  %A (output): " + output.get());
            err.println("  %O (base):   " + base.get());
            err.println("  %L (left):   " + left.get());
            err.println("  %R (right):  " + right.get());
        }
        try {
            MergeDriver.Outcome outcome = new MergeDriver(JsonlCodecs.create())
                    .merge(out, cwd.resolve(base.get()), cwd.resolve(left.get()), cwd.resolve(right.get()));
            if (debug.get()) {
                err.println("Base issues read: " + outcome.baseIssues());
                err.println("Left issues read: " + outcome.leftIssues());
                err.println("Right issues read: " + outcome.rightIssues());
                err.println("Merged issues: " + outcome.mergedIssues() + ", other records: " + outcome.records());
                err.println("Output written to: " + output.get());
            }
            return 0;
        } catch (BeadsException e) {
            out().error(e.getMessage());
            return ERROR;
        }
    }
}
