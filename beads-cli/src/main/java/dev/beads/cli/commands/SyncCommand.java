package dev.beads.cli.commands;

import dev.beads.adapters.git.JsonlCodecs;
import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.port.VcsSync;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * {@code bd sync}: export, commit, pull, import, push, in-process (Go bd v0.39.1 cmd/bd/sync.go: flags, step lines,
 * the order of the steps), through JGit ({@link VcsSync}); the steps are {@link SyncSteps}. JGit loads only here.
 */
public final class SyncCommand extends BdSubcommand {
    public SyncCommand() {
        super("sync");
        model.description(
                "Synchronize issues with git remote.",
                "",
                "Synchronize issues with git remote in a single operation:",
                "1. Export pending changes to JSONL",
                "2. Commit changes to git (the JSONL only; nothing else you staged or changed)",
                "3. Pull from remote (the JSONL merged field by field)",
                "4. Import updated JSONL",
                "5. Push local commits to remote",
                "",
                "Use --flush-only to just export pending changes to JSONL (useful for pre-commit hooks).",
                "Use --import-only to just import from JSONL (useful after git pull).",
                "Use --status to show how the branch stands against its upstream.");
    }

    final Arg<String> message = model.option("-m", "--message")
            .label("<message>")
            .description("Commit message (default: auto-generated)")
            .string();

    final Arg<Boolean> dryRun = model.option("--dry-run")
            .description("Preview sync without making changes")
            .flag();

    final Arg<Boolean> noPush =
            model.option("--no-push").description("Skip pushing to remote").flag();

    final Arg<Boolean> noPull =
            model.option("--no-pull").description("Skip pulling from remote").flag();

    final Arg<Boolean> flushOnly = model.option("--flush-only")
            .description("Only export pending changes to JSONL (skip git operations)")
            .flag();

    final Arg<Boolean> importOnly = model.option("--import-only")
            .description("Only import from JSONL (skip git operations, useful after git pull)")
            .flag();

    final Arg<Boolean> squash = model.option("--squash")
            .description("Accumulate changes in JSONL without committing (run 'bd sync' later to commit all)")
            .flag();

    final Arg<Boolean> status = model.option("--status")
            .description("Show the branch against its upstream (commits each side lacks)")
            .flag();

    final Arg<Boolean> force = model.option("--force")
            .description("Commit even when the new JSONL deletes more than half of the committed issues")
            .flag();

    // Go's flags for what this build has no counterpart of (docs/DECISIONS.md).
    final Arg<Boolean> renameOnImport = model.option("--rename-on-import")
            .description("Refused: bd imports ids as they are.")
            .flag();

    final Arg<Boolean> merge = model.option("--merge")
            .description("Refused: there is no sync branch here.")
            .flag();

    final Arg<Boolean> fromMain = model.option("--from-main")
            .description("Refused: there is no sync branch here.")
            .flag();

    final Arg<Boolean> noGitHistory = model.option("--no-git-history")
            .description("Accepted: no git history is read for deletions.")
            .flag();

    final Arg<Boolean> check = model.option("--check")
            .description("Refused: no integrity check here yet.")
            .flag();

    @Override
    protected int execute() {
        refuseWhatIsNotHere();
        Output out = out();
        if (importOnly.get()) {
            return importOnly(out);
        }
        if (flushOnly.get() || squash.get()) {
            return flushOnly(out);
        }
        Ports ports = writing();
        Path jsonl = session().workspace().jsonl();
        try (VcsSync vcs = GitLoader.open(jsonl, JsonlCodecs.create(), Duration.ofSeconds(1))
                .orElseThrow(() -> new InvalidInputException(
                        "not in a git repository: run 'git init' to initialize a repository"))) {
            SyncSteps steps = new SyncSteps(ports, vcs, JsonlCodecs.create(), jsonl, out, dryRun.get());
            if (status.get()) {
                steps.status();
                return 0;
            }
            String commitMessage = message.get() != null
                    ? message.get()
                    : "bd sync: " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            steps.run(commitMessage, actor(), force.get(), !noPull.get(), !noPush.get());
            return 0;
        }
    }

    private int importOnly(Output out) {
        if (dryRun.get()) {
            say(out, "→ [DRY RUN] Would import from JSONL");
            return 0;
        }
        say(out, "→ Importing from JSONL...");
        writing().sync().importIfChanged();
        say(out, "✓ Import complete");
        return 0;
    }

    private int flushOnly(Output out) {
        String mode = squash.get() ? " (squash mode)" : "";
        if (dryRun.get()) {
            say(out, "→ [DRY RUN] Would export pending changes to JSONL" + mode);
            return 0;
        }
        Ports ports = writing();
        ports.sync().importIfChanged(); // a JSONL changed since the last import is imported first, never overwritten
        if (squash.get()) {
            say(out, "→ Exporting pending changes to JSONL (squash mode)...");
        }
        ports.sync().flushIfDirty();
        if (squash.get()) {
            say(out, "✓ Changes accumulated in JSONL");
            say(out, "  Run 'bd sync' (without --squash) to commit all accumulated changes");
        }
        return 0;
    }

    /** A step's line: on stdout, or on stderr under {@code --json} (nothing else is printed then). */
    private static void say(Output out, String line) {
        if (out.json()) {
            out.stderr().println(line);
        } else {
            out.line(line);
        }
    }

    private void refuseWhatIsNotHere() {
        if (renameOnImport.get()) {
            throw new InvalidInputException("--rename-on-import is not supported: bd imports ids as they are");
        }
        if (merge.get() || fromMain.get()) {
            throw new InvalidInputException((merge.get() ? "--merge" : "--from-main")
                    + " is not supported: this bd commits to the current branch, there is no sync branch");
        }
        if (check.get()) {
            throw new InvalidInputException("--check is not supported yet: run bd lint and bd sync --status");
        }
    }
}
