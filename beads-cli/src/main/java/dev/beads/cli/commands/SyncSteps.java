package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.ExportResult;
import dev.beads.core.api.ImportResult;
import dev.beads.core.error.BackendException;
import dev.beads.core.error.ConflictException;
import dev.beads.core.model.Issue;
import dev.beads.core.port.CommitOutcome;
import dev.beads.core.port.JsonlCodec;
import dev.beads.core.port.PullOutcome;
import dev.beads.core.port.PushOutcome;
import dev.beads.core.port.VcsState;
import dev.beads.core.port.VcsStatus;
import dev.beads.core.port.VcsSync;
import dev.beads.core.service.MassDeletion;
import dev.beads.json.Shapes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The steps of {@code bd sync}, each printing Go bd's line (cmd/bd/sync.go). Safety first: a JSONL that changed since
 * the last import is imported before anything is exported (never overwritten), an export never writes an empty
 * database over issues (the export's own guard), and a commit that would delete more than half of the committed
 * issues is refused unless forced.
 */
final class SyncSteps {
    private final Ports ports;
    private final VcsSync vcs;
    private final JsonlCodec codec;
    private final Path jsonl;
    private final Output out;
    private final boolean dryRun;
    private boolean committed;
    private boolean pulled;
    private boolean pushed;

    SyncSteps(Ports ports, VcsSync vcs, JsonlCodec codec, Path jsonl, Output out, boolean dryRun) {
        this.ports = ports;
        this.vcs = vcs;
        this.codec = codec;
        this.jsonl = jsonl;
        this.out = out;
        this.dryRun = dryRun;
    }

    void run(String message, String actor, boolean force, boolean pull, boolean push) {
        VcsState state = vcs.state();
        if (!(state instanceof VcsState.Ready)) {
            throw new ConflictException(state.describe() + ": finish it, then run 'bd sync' again");
        }
        exportPending();
        commit(message, actor, force);
        if (pull) {
            pull();
        }
        if (push) {
            push();
        }
        say("");
        say(dryRun ? "✓ Dry run complete (no changes made)" : "✓ Sync complete");
        if (out.json()) {
            out.json(Shapes.object(
                    Shapes.sorted("committed", committed, "pulled", pulled, "pushed", pushed, "dry_run", dryRun)));
        }
    }

    /** A step's line: on stdout, or on stderr under {@code --json}, where stdout carries the result only. */
    private void say(String line) {
        if (out.json()) {
            out.stderr().println(line);
        } else {
            out.line(line);
        }
    }

    private void exportPending() {
        if (dryRun) {
            say("→ [DRY RUN] Would export pending changes to JSONL");
            return;
        }
        ImportResult imported = ports.sync().importIfChanged();
        if (imported.created() + imported.updated() > 0) {
            say("→ JSONL content differs from last sync: imported it first (" + imported.created() + " created, "
                    + imported.updated() + " updated)");
        }
        say("→ Exporting pending changes to JSONL...");
        ExportResult exported = ports.sync().flushIfDirty();
        if (exported.written()) {
            out.note("  " + exported.exported() + " issues written");
        }
    }

    private void commit(String message, String actor, boolean force) {
        MassDeletion deletion = MassDeletion.between(parse(vcs.committed(jsonl)), parse(read(jsonl)));
        if (deletion.tooMany() && !force) {
            throw new ConflictException("this sync would delete " + deletion.deleted() + " of the "
                    + deletion.live() + " committed issues: check bd list and the JSONL, then run 'bd sync --force'"
                    + " if that is what you want");
        }
        if (dryRun) {
            boolean changes = !java.util.Arrays.equals(vcs.committed(jsonl), read(jsonl));
            say(changes ? "→ [DRY RUN] Would commit changes to git" : "→ No changes to commit");
            return;
        }
        CommitOutcome outcome = vcs.commit(jsonl, message, actor);
        switch (outcome) {
            case CommitOutcome.Committed commit -> {
                say("→ Committing changes to git...");
                committed = true;
            }
            case CommitOutcome.NothingToCommit nothing -> say("→ No changes to commit");
            case CommitOutcome.Refused refused ->
                throw new ConflictException(refused.state().describe() + ": finish it, then run 'bd sync' again");
        }
    }

    private void pull() {
        if (dryRun) {
            say("→ [DRY RUN] Would pull from remote");
            return;
        }
        say("→ Pulling from remote...");
        PullOutcome outcome = vcs.pull();
        switch (outcome) {
            case PullOutcome.UpToDate upToDate -> {}
            case PullOutcome.NoUpstream none -> out.note("  branch " + none.branch() + " tracks no remote branch");
            case PullOutcome.Updated updated -> {
                pulled = true;
                if (updated.merged()) {
                    say("✓ Merged divergent histories (the JSONL field by field)");
                }
                say("→ Importing updated JSONL...");
                ports.sync().importIfChanged();
            }
            case PullOutcome.Failed failed ->
                throw new BackendException("pulling: " + failed.reason() + " ("
                        + failed.attempts() + " tries); your commit is kept: run 'bd sync' again when the remote is"
                        + " reachable");
            case PullOutcome.Refused refused ->
                throw new ConflictException("pulling: " + refused.reason() + ", then run 'bd sync' again");
        }
    }

    private void push() {
        if (dryRun) {
            say("→ [DRY RUN] Would push to remote");
            return;
        }
        say("→ Pushing to remote...");
        PushOutcome outcome = vcs.push();
        switch (outcome) {
            case PushOutcome.Pushed done -> {
                pushed = true;
                if (done.mergedFirst()) {
                    say("→ Importing updated JSONL...");
                    ports.sync().importIfChanged();
                }
            }
            case PushOutcome.UpToDate upToDate -> {}
            case PushOutcome.NoUpstream none -> out.note("  branch " + none.branch() + " tracks no remote branch");
            case PushOutcome.Failed failed ->
                throw new BackendException("pushing: " + failed.reason() + " (" + failed.attempts()
                        + " tries); your commit is kept: run 'bd sync' again");
            case PushOutcome.Refused refused ->
                throw new ConflictException("pushing: " + refused.reason() + ", then run 'bd sync' again");
        }
    }

    /** {@code bd sync --status}: the branch against its upstream as last fetched, and what is not exported. */
    void status() {
        VcsStatus status = vcs.status();
        boolean changed = !java.util.Arrays.equals(vcs.committed(jsonl), read(jsonl));
        if (out.json()) {
            out.json(Shapes.object(Shapes.sorted(
                    "repository", status.state().describe(),
                    "ready", status.state() instanceof VcsState.Ready,
                    "upstream", status.upstream(),
                    "ahead", status.ahead(),
                    "behind", status.behind(),
                    "jsonl_changed", changed)));
            return;
        }
        out.line("Repository: " + status.state().describe());
        out.line("Upstream: " + (status.upstream().isEmpty() ? "(none)" : status.upstream()));
        out.line("Commits here not in the upstream: " + status.ahead());
        out.line("Commits in the upstream not here: " + status.behind());
        out.line("JSONL: " + (changed ? "changed since the last commit" : "as committed"));
    }

    private List<Issue> parse(byte[] data) {
        return codec.read(new ByteArrayInputStream(data), jsonl.getFileName().toString());
    }

    private static byte[] read(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw dev.beads.core.error.IoProblems.failure("cannot read " + file, e);
        }
    }
}
