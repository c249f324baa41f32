package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.IssueText;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.AddComment;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.IoProblems;
import dev.beads.core.model.Comment;
import dev.beads.core.model.IssueId;
import dev.beads.json.CommandJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code bd comments <id>} lists comments; {@code bd comments add <id> <text>} adds one. */
public final class CommentsCommand extends BdSubcommand {
    public CommentsCommand() {
        super("comments");
        model.description("List the comments of an issue, or add one ('bd comments add <id> <text>').");
        model.subcommand(new CommentsCommand.Add("add").model());
    }

    final Arg<String> id = model.positional("0", "<id>").arity("0..1").string();

    @Override
    protected int execute() {
        if (id.get() == null) {
            throw new InvalidInputException("issue ID is required: bd comments <id>");
        }
        Ports ports = reading();
        IssueId issue = resolve(ports, id.get());
        List<Comment> comments = ports.queries().comments(issue);
        Output out = out();
        if (json()) {
            out.json(CommandJson.comments(comments));
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

    /**
     * {@code bd comments add <id> <text>}, and Go bd's short form {@code bd comment <id> <text>} (v0.39.1
     * comments.go: the same command under a second name, with the same flags).
     */
    public static final class Add extends BdSubcommand {
        public Add(String name) {
            super(name);
            model.description(
                    name.equals("add")
                            ? "Add a comment. Prints 'Comment added'."
                            : "Add a comment to an issue (short for 'bd comments add').");
        }

        // Go bd v0.39.1 comments.go:115 and :219: cobra.MinimumNArgs(1) on both names, hence cobra's words.
        final Arg<String> id = model.positional("0", "<id>")
                .missing("requires at least 1 arg(s), only received 0")
                .string();

        final Arg<String> text = model.positional("1", "<text>").arity("0..1").string();

        final Arg<Path> file = model.option("-f", "--file")
                .label("<file>")
                .description("Read the text from a file.")
                .path();

        final Arg<String> author = model.option("-a", "--author")
                .label("<name>")
                .description("Author (default: the actor).")
                .string();

        @Override
        protected int execute() {
            String body = body();
            Ports ports = writing();
            IssueId issue = resolve(ports, id.get());
            String by = author.get() == null || author.get().isBlank() ? actor() : author.get();
            Comment added = ports.issues().addComment(new AddComment(issue, by, body));
            Output out = out();
            if (json()) {
                out.json(CommandJson.comment(added));
            } else if (!out.quiet()) {
                out.line(out.style().green("✓") + " Comment added to "
                        + out.style().cyan(issue.value()));
            }
            return 0;
        }

        private String body() {
            if (file.get() != null && text.get() != null) {
                throw new InvalidInputException("give the comment text or -f <file>, not both");
            }
            if (file.get() == null) {
                if (text.get() == null) {
                    // Go bd v0.39.1 comments.go's words.
                    throw new InvalidInputException("comment text required (use -f to read from file)");
                }
                return text.get();
            }
            try {
                return Files.readString(bd().env().cwd().resolve(file.get()));
            } catch (IOException e) {
                throw IoProblems.failure("cannot read " + file.get(), e);
            }
        }
    }
}
