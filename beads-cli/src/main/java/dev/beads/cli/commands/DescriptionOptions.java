package dev.beads.cli.commands;

import dev.beads.cli.CliEnvironment;
import dev.beads.cli.CommandModel;
import dev.beads.cli.CommandModel.Arg;
import dev.beads.core.error.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * The description flags {@code create} and {@code update} share with Go bd v0.39.1 (cmd/bd/flags.go:13-21, read by
 * {@code getDescriptionFlag}, flags.go:27): {@code -d/--description} and its alias {@code --body}, or the text of
 * a file, {@code --body-file}/{@code --description-file} ({@code -} for stdin; {@code --description -} too).
 */
final class DescriptionOptions {
    private final Arg<String> description;
    private final Arg<String> body;
    private final Arg<String> bodyFile;
    private final Arg<String> descriptionFile;

    DescriptionOptions(CommandModel model) {
        description = model.option("-d", "--description")
                .label("<text>")
                .description("The description ('-' reads stdin).")
                .string();
        body = model.option("--body")
                .label("<text>")
                .description("Same as --description.")
                .string();
        bodyFile = model.option("--body-file")
                .label("<file>")
                .description("Read the description from a file ('-' for stdin).")
                .string();
        descriptionFile = model.option("--description-file")
                .label("<file>")
                .description("Same as --body-file.")
                .string();
    }

    /** The description given, or null when none of the flags is; conflicting ones are an error, as in Go. */
    String get(CliEnvironment env) {
        String file = bodyFile.get();
        if (file != null && descriptionFile.get() != null && !file.equals(descriptionFile.get())) {
            throw new InvalidInputException(
                    "cannot specify both --body-file and --description-file with" + " different values");
        }
        if (file == null) {
            file = descriptionFile.get();
        }
        if (file != null) {
            if (description.get() != null || body.get() != null) {
                throw new InvalidInputException("cannot specify both --body-file and --description/--body");
            }
            return read(env, file);
        }
        if (description.get() != null
                && body.get() != null
                && !description.get().equals(body.get())) {
            throw new InvalidInputException("cannot specify both --description and --body with different values");
        }
        String text = body.get() != null ? body.get() : description.get();
        return "-".equals(text) ? read(env, "-") : text;
    }

    private static String read(CliEnvironment env, String file) {
        try {
            if (file.equals("-")) {
                return new String(env.in().readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(env.cwd().resolve(file));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("cannot read the description: " + file + " does not exist");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read the description from " + file + ": " + e.getMessage());
        }
    }
}
