package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.cli.session.Session;
import dev.beads.cli.session.SessionOptions;
import dev.beads.core.api.AddDependency;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.error.IoProblems;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.WorkFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code bd quickstart}: Go bd's guide to the common commands, then the main job on a throw-away workspace. Files three issues where the API waits for the
 * schema, shows {@code bd ready} and {@code bd blocked}, closes the schema, and shows both again.
 */
public final class QuickstartCommand extends BdSubcommand {
    public QuickstartCommand() {
        super("quickstart");
        model.description("Print the quick start guide, then run a demo in a temporary workspace: create issues with"
                + " a dependency, see ready and blocked work before and after closing the blocker.");
    }

    final Arg<Boolean> keep = model.option("--keep")
            .description("Keep the demo workspace (its path is printed) instead of deleting it.")
            .flag();

    @Override
    protected int execute() {
        // Go bd's quickstart is this guide (v0.39.1 cmd/bd/quickstart.go); the live demo follows it.
        out().print(TextResource.load("quickstart.txt"));
        out().line();
        Path dir = tempDir();
        try {
            SessionOptions here = new SessionOptions(dir, null, bd().env().env(), false, false, true);
            try (Session session = bd().sessions().initialise(dir, "demo", here)) {
                demo(session.forWrite(), dir);
            }
            return 0;
        } finally {
            if (!keep.get()) {
                deleteTree(dir);
            }
        }
    }

    private void demo(Ports p, Path dir) {
        Output out = out();
        out.line(out.style().bold("beads quickstart") + ": a throw-away workspace in " + dir);
        step("bd init --prefix demo");
        Issue schema = create(p, "Design the schema", IssueType.TASK, 1);
        Issue api = create(p, "Build the API", IssueType.FEATURE, 1);
        Issue docs = create(p, "Write the README", IssueType.TASK, 2);
        step("bd dep add " + api.id() + " " + schema.id() + "    # the API waits for the schema");
        p.issues().addDependency(new AddDependency(api.id(), schema.id(), DependencyType.BLOCKS, actor()));
        out.line(
                out.style().green("✓") + " Added dependency: " + api.id() + " depends on " + schema.id() + " (blocks)");
        showWork(p);
        step("bd close " + schema.id() + " --reason \"Schema agreed\"");
        p.issues().close(new CloseIssue(schema.id(), "Schema agreed", actor()));
        out.line(out.style().green("✓") + " Closed " + schema.id() + ": Schema agreed");
        showWork(p);
        out.line("Done: closing " + schema.id() + " unblocked " + api.id() + " (" + docs.id()
                + " was ready all along).");
        out.line(
                keep.get()
                        ? "The workspace is kept in " + dir + ": cd there and try bd list, bd show " + api.id() + "."
                        : "Try it in your project: cd my-project && bd init && bd create \"First task\" -p 1");
    }

    private Issue create(Ports p, String title, IssueType type, int priority) {
        step("bd create \"" + title + "\" -t " + type + " -p " + priority);
        Issue issue = p.issues()
                .create(CreateIssue.builder(title)
                        .type(type)
                        .priority(Priority.of(priority))
                        .actor(actor())
                        .build());
        out().line(out().style().green("✓") + " Created issue: " + issue.id());
        return issue;
    }

    private void showWork(Ports p) {
        step("bd ready");
        ReadyCommand.render(out(), p.queries().ready(WorkFilter.ALL));
        step("bd blocked");
        BlockedCommand.render(out(), p.queries().blocked(WorkFilter.ALL));
    }

    private void step(String command) {
        out().line();
        out().line(out().style().muted("$ ") + out().style().bold(command));
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("bd-quickstart-");
        } catch (IOException e) {
            throw IoProblems.failure("cannot create a temporary directory for the demo", e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // the temp directory is cleaned by the system eventually
        }
    }
}
