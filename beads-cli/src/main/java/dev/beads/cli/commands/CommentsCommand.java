package dev.beads.cli.commands;

import dev.beads.cli.output.IssueJson;
import dev.beads.cli.output.IssueText;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.AddComment;
import dev.beads.core.error.BackendException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Comment;
import dev.beads.core.model.IssueId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bd comments <id>} lists comments; {@code bd comments add <id> <text>} adds one. */
@Command(
        name = "comments",
        aliases = "comment",
        description = "List the comments of an issue, or add one ('bd comments add <id> <text>').",
        subcommands = CommentsCommand.Add.class)
public final class CommentsCommand extends BdSubcommand {

    @Parameters(arity = "0..1", paramLabel = "<id>")
    String id;

    @Override
    protected int execute() {
        if (id == null) {
            throw new InvalidInputException("issue ID is required: bd comments <id>");
        }
        Ports ports = reading();
        IssueId issue = resolve(ports, id);
        List<Comment> comments = ports.queries().comments(issue);
        Output out = out();
        if (json()) {
            out.json(g -> {
                g.writeStartArray();
                for (Comment c : comments) {
                    IssueJson.comment(g, c);
                }
                g.writeEndArray();
            });
            return 0;
        }
        if (comments.isEmpty()) {
            out.line("No comments on " + issue.value());
            return 0;
        }
        out.line();
        out.line("Comments on " + out.style().cyan(issue.value()) + ":");
        IssueText text = new IssueText(out.style());
        for (Comment c : comments) {
            out.line();
            text.comment(c).forEach(out::line);
        }
        out.line();
        return 0;
    }

    /** {@code bd comments add <id> <text>}. */
    @Command(name = "add", description = "Add a comment. Prints 'Comment added'.")
    public static final class Add extends BdSubcommand {
        @Parameters(index = "0", paramLabel = "<id>")
        String id;

        @Parameters(index = "1", arity = "0..1", paramLabel = "<text>")
        String text;

        @Option(
                names = {"-f", "--file"},
                paramLabel = "<file>",
                description = "Read the text from a file.")
        Path file;

        @Option(names = "--author", paramLabel = "<name>", description = "Author (default: the actor).")
        String author;

        @Override
        protected int execute() {
            String body = body();
            Ports ports = writing();
            IssueId issue = resolve(ports, id);
            String by = author == null || author.isBlank() ? actor() : author;
            Comment added = ports.issues().addComment(new AddComment(issue, by, body));
            Output out = out();
            if (json()) {
                out.json(g -> IssueJson.comment(g, added));
            } else if (!out.quiet()) {
                out.line(out.style().green("✓") + " Comment added to "
                        + out.style().cyan(issue.value()));
            }
            return 0;
        }

        private String body() {
            if (file != null && text != null) {
                throw new InvalidInputException("give the comment text or -f <file>, not both");
            }
            if (file == null) {
                return text;
            }
            try {
                return Files.readString(bd().env().cwd().resolve(file));
            } catch (IOException e) {
                throw new BackendException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
