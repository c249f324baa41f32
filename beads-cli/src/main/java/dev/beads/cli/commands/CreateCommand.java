package dev.beads.cli.commands;

import dev.beads.cli.output.Output;
import dev.beads.cli.output.Shapes;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.error.BackendException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bd create}: files one issue, or several from a markdown file ({@code -f}). */
@Command(
        name = "create",
        aliases = "new",
        description = {
            "Create an issue. Prints 'Created issue: <id>'.",
            "With -f, creates one issue per '## Title' of a markdown file; '### Priority', '### Type',"
                    + " '### Description', '### Design', '### Acceptance Criteria', '### Notes', '### Assignee',"
                    + " '### Labels' and '### Dependencies' sections set fields."
        })
public final class CreateCommand extends BdSubcommand {

    @Parameters(arity = "0..1", paramLabel = "<title>", description = "The title (or --title).")
    String titleArg;

    @Option(names = "--title", paramLabel = "<title>", description = "The title.")
    String title;

    @Option(
            names = {"-d", "--description"},
            paramLabel = "<text>")
    String description;

    @Option(names = "--design", paramLabel = "<text>")
    String design;

    @Option(names = "--acceptance", paramLabel = "<text>", description = "Acceptance criteria.")
    String acceptance;

    @Option(names = "--notes", paramLabel = "<text>")
    String notes;

    @Option(
            names = {"-p", "--priority"},
            paramLabel = "<0-4|P0-P4>",
            description = "Priority (default 2).")
    String priority;

    @Option(
            names = {"-t", "--type"},
            paramLabel = "<type>",
            description = "bug, feature, task (default), epic or chore.")
    String type;

    @Option(
            names = {"-a", "--assignee"},
            paramLabel = "<name>")
    String assignee;

    @Option(
            names = {"-l", "--labels", "--label"},
            paramLabel = "<labels>",
            description = "Comma-separated labels.")
    List<String> labels;

    @Option(names = "--id", paramLabel = "<id>", description = "An explicit id instead of a hash id.")
    String id;

    @Option(names = "--parent", paramLabel = "<id>", description = "Create as a child (<parent>.N) of this issue.")
    String parent;

    @Option(
            names = "--deps",
            paramLabel = "<type:id,…>",
            description = "Dependencies of the new issue, like blocks:bd-1,discovered-from:bd-2.")
    String deps;

    @Option(
            names = {"-e", "--estimate"},
            paramLabel = "<minutes>",
            description = "Estimated minutes.")
    Integer estimate;

    @Option(names = "--external-ref", paramLabel = "<ref>", description = "External reference, like gh-9.")
    String externalRef;

    @Option(
            names = {"-f", "--file"},
            paramLabel = "<file.md>",
            description = "Create issues from a markdown file.")
    Path file;

    @Override
    protected int execute() {
        if (file != null) {
            return createFromFile();
        }
        CreateIssue.Builder request = CreateIssue.builder(chooseTitle())
                .description(description)
                .design(design)
                .acceptanceCriteria(acceptance)
                .notes(notes)
                .priority(Inputs.priority(priority))
                .assignee(assignee)
                .labels(Inputs.split(labels))
                .estimatedMinutes(estimate)
                .externalRef(externalRef)
                .actor(actor());
        request.build(); // validates the title before the workspace is opened
        Ports ports = writing();
        request.type(Inputs.type(type, () -> ports))
                .id(id == null ? null : IssueId.of(id.strip()))
                .parent(parent == null ? null : resolve(ports, parent))
                .dependencies(Inputs.dependencies(deps, ports));
        Issue created = ports.issues().create(request.build());
        render(created);
        return 0;
    }

    private String chooseTitle() {
        if (titleArg != null && title != null && !titleArg.equals(title)) {
            throw new InvalidInputException(
                    "two titles given (\"" + titleArg + "\" and --title \"" + title + "\"): give one");
        }
        String chosen = titleArg != null ? titleArg : title;
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
        } else if (out.quiet()) {
            out.line(created.id().value());
        } else {
            out.line(out.style().green("✓") + " Created issue: "
                    + out.style().cyan(created.id().value()));
            out.line("  Title: " + created.title());
            out.line("  Priority: " + created.priority());
            out.line("  Status: " + created.status().name());
        }
    }

    private int createFromFile() {
        if (titleArg != null || title != null) {
            throw new InvalidInputException("give a title or -f <file.md>, not both");
        }
        List<MarkdownIssues.Draft> drafts = MarkdownIssues.parse(read(file), file.toString());
        Ports ports = writing();
        List<Issue> created = new ArrayList<>();
        for (MarkdownIssues.Draft d : drafts) {
            created.add(ports.issues().create(fromDraft(d, ports)));
        }
        Output out = out();
        if (json()) {
            out.json(Shapes.issues(created));
        } else if (out.quiet()) {
            created.forEach(i -> out.line(i.id().value()));
        } else {
            out.line(out.style().green("✓") + " Created " + created.size() + " issues from " + file + ":");
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
            throw new BackendException("cannot read " + markdown + ": " + e.getMessage(), e);
        }
    }
}
