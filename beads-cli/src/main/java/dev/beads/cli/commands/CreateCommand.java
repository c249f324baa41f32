package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.IoProblems;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.json.Shapes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code bd create}: files one issue, or several from a markdown file ({@code -f}). */
public final class CreateCommand extends BdSubcommand {
    public CreateCommand() {
        super("create");
        model.aliases("new")
                .description(
                        "Create an issue. Prints 'Created issue: <id>'.",
                        "With -f, creates one issue per '## Title' of a markdown file; '### Priority', '### Type',"
                                + " '### Description', '### Design', '### Acceptance Criteria', '### Notes', '### Assignee',"
                                + " '### Labels' and '### Dependencies' sections set fields.");
    }

    final Arg<String> titleArg = model.positional("0", "<title>")
            .arity("0..1")
            .description("The title (or --title).")
            .string();

    final Arg<String> title =
            model.option("--title").label("<title>").description("The title.").string();

    final DescriptionOptions description = new DescriptionOptions(model);

    final Arg<String> design = model.option("--design").label("<text>").string();

    final Arg<String> acceptance = model.option("--acceptance")
            .label("<text>")
            .description("Acceptance criteria.")
            .string();

    final Arg<String> notes = model.option("--notes").label("<text>").string();

    final Arg<String> priority = model.option("-p", "--priority")
            .label("<0-4|P0-P4>")
            .description("Priority (default 2).")
            .string();

    final Arg<String> type = model.option("-t", "--type")
            .label("<type>")
            .description("bug, feature, task (default), epic or chore.")
            .string();

    final Arg<String> assignee =
            model.option("-a", "--assignee").label("<name>").string();

    final Arg<List<String>> labels = model.option("-l", "--labels", "--label")
            .label("<labels>")
            .description("Comma-separated labels.")
            .strings();

    final Arg<String> id = model.option("--id")
            .label("<id>")
            .description("An explicit id instead of a hash id.")
            .string();

    final Arg<String> parent = model.option("--parent")
            .label("<id>")
            .description("Create as a child (<parent>.N) of this issue.")
            .string();

    final Arg<String> deps = model.option("--deps")
            .label("<type:id,…>")
            .description("Dependencies of the new issue, like blocks:bd-1,discovered-from:bd-2.")
            .string();

    final Arg<Integer> estimate = model.option("-e", "--estimate")
            .label("<minutes>")
            .description("Estimated minutes.")
            .integer();

    final Arg<String> externalRef = model.option("--external-ref")
            .label("<ref>")
            .description("External reference, like gh-9.")
            .string();

    // Go bd v0.39.1 cmd/bd/create.go:454-471: what it has beyond the fields.
    final Arg<Boolean> silent =
            model.option("--silent").description("Print only the new id.").flag();

    final Arg<Boolean> force = model.option("--force")
            .description("Accepted for Go bd (an --id of another prefix is taken here without it).")
            .flag();

    final Arg<String> prefixFlag = model.option("--prefix")
            .label("<prefix>")
            .description("Go bd's rig by prefix: only this workspace's own prefix is served here.")
            .string();

    final Arg<String> repo = model.option("--repo")
            .label("<repo>")
            .description("Go bd's multi-repo routing; not in this build.")
            .string();

    final Arg<String> rig = model.option("--rig")
            .label("<rig>")
            .description("Go bd's rigs; not in this build.")
            .string();

    final Arg<String> waitsFor = model.option("--waits-for")
            .label("<id>")
            .description("Go bd's fan-out gates; not in this build.")
            .string();

    final Arg<String> waitsForGate = model.option("--waits-for-gate")
            .label("<gate>")
            .description("With --waits-for; not in this build.")
            .string();

    final Arg<Boolean> ephemeral = model.option("--ephemeral")
            .description("Go bd's wisps (never exported); not in this build.")
            .flag();

    final Arg<Path> file = model.option("-f", "--file")
            .label("<file.md>")
            .description("Create issues from a markdown file.")
            .path();

    @Override
    protected int execute() {
        refuseWhatThisBuildLacks();
        if (file.get() != null) {
            return createFromFile();
        }
        CreateIssue.Builder request = CreateIssue.builder(chooseTitle())
                .description(description.get(bd().env()))
                .design(design.get())
                .acceptanceCriteria(acceptance.get())
                .notes(notes.get())
                .priority(Inputs.priority(priority.get()))
                .assignee(assignee.get())
                .labels(Inputs.split(labels.get()))
                .estimatedMinutes(estimate.get())
                .externalRef(externalRef.get())
                .actor(actor());
        request.build(); // validates the title before the workspace is opened
        Ports ports = writing();
        checkPrefix(ports);
        request.type(Inputs.type(type.get(), () -> ports))
                .id(id.get() == null ? null : IssueId.of(id.get().strip()))
                .parent(parent.get() == null ? null : resolve(ports, parent.get()))
                .dependencies(Inputs.dependencies(deps.get(), ports));
        Issue created = ports.issues().create(request.build());
        render(created);
        return 0;
    }

    /**
     * Go bd's routing to other repositories and rigs, fan-out gates and wisps have no counterpart here: a clear
     * refusal, not a silent issue of another kind.
     */
    private void refuseWhatThisBuildLacks() {
        String lacking = repo.get() != null
                ? "--repo"
                : rig.get() != null
                        ? "--rig"
                        : waitsFor.get() != null || waitsForGate.get() != null
                                ? "--waits-for"
                                : ephemeral.get() ? "--ephemeral" : null;
        if (lacking != null) {
            throw new InvalidInputException("bd create " + lacking + ": not part of this build (Go bd's multi-repo"
                    + " routing, fan-out gates and wisps are not implemented); create the issue without it");
        }
    }

    private String chooseTitle() {
        if (titleArg.get() != null && title.get() != null && !titleArg.get().equals(title.get())) {
            throw new InvalidInputException(
                    "two titles given (\"" + titleArg.get() + "\" and --title \"" + title.get() + "\"): give one");
        }
        String chosen = titleArg.get() != null ? titleArg.get() : title.get();
        if (chosen == null) {
            throw new InvalidInputException(
                    "title required: bd create \"what needs doing\" (or -f <file.md> to create several)");
        }
        return chosen;
    }

    private void render(Issue created) {
        Output out = out();
        if (json()) {
            out.json(Shapes.issue(created));
        } else if (out.quiet() || silent.get()) {
            out.line(created.id().value());
        } else {
            out.line(out.style().green("✓") + " Created issue: "
                    + out.style().cyan(created.id().value()));
            out.line("  Title: " + created.title());
            out.line("  Priority: " + created.priority());
            out.line("  Status: " + created.status().name());
        }
    }

    /** Go bd's {@code --prefix} names a rig; the one this workspace serves is its own prefix (with or without '-'). */
    private void checkPrefix(Ports ports) {
        if (prefixFlag.get() == null) {
            return;
        }
        String wanted = prefixFlag.get().strip();
        wanted = wanted.endsWith("-") ? wanted.substring(0, wanted.length() - 1) : wanted;
        String own = ports.config().get("issue_prefix").orElse("");
        if (!wanted.equals(own)) {
            throw new InvalidInputException("bd create --prefix " + prefixFlag.get() + ": this workspace's prefix is "
                    + own + " and other rigs are not part of this build");
        }
    }

    private int createFromFile() {
        if (titleArg.get() != null || title.get() != null) {
            throw new InvalidInputException("give a title or -f <file.md>, not both");
        }
        List<MarkdownIssues.Draft> drafts =
                MarkdownIssues.parse(read(file.get()), file.get().toString());
        Ports ports = writing();
        List<Issue> created = new ArrayList<>();
        for (MarkdownIssues.Draft d : drafts) {
            created.add(ports.issues().create(fromDraft(d, ports)));
        }
        Output out = out();
        if (json()) {
            out.json(Shapes.rows(created));
        } else if (out.quiet()) {
            created.forEach(i -> out.line(i.id().value()));
        } else {
            out.line(out.style().green("✓") + " Created " + created.size() + " issues from " + file.get() + ":");
            created.forEach(i -> out.line("  " + out.style().cyan(i.id().value()) + ": " + i.title()));
        }
        return 0;
    }

    private CreateIssue fromDraft(MarkdownIssues.Draft d, Ports ports) {
        return CreateIssue.builder(d.title())
                .description(d.description())
                .design(d.get("design"))
                .acceptanceCriteria(d.acceptance())
                .notes(d.get("notes"))
                .priority(Inputs.priority(d.get("priority")))
                .type(Inputs.type(d.get("type"), () -> ports))
                .assignee(d.get("assignee"))
                .labels(Inputs.split(d.get("labels") == null ? List.of() : List.of(d.get("labels"))))
                .dependencies(Inputs.dependencies(d.dependencies(), ports))
                .actor(actor())
                .build();
    }

    private String read(Path markdown) {
        Path path = bd().env().cwd().resolve(markdown);
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NotFoundException("file not found: " + markdown + " (bd create -f <file.md>)");
        } catch (IOException e) {
            throw IoProblems.failure("cannot read " + markdown, e);
        }
    }
}
