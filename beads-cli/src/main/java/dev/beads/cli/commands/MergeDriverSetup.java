package dev.beads.cli.commands;

import dev.beads.core.error.IoProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Registers {@code bd merge} as git's merge driver for the JSONL, as Go bd v0.39.1's init does
 * (cmd/bd/init.go installMergeDriver): {@code git config merge.beads.driver "bd merge %A %O %A %B"} and {@code
 * merge.beads.name}, and a {@code merge=beads} line in {@code .gitattributes} beside {@code .beads/}.
 */
final class MergeDriverSetup {
    static final String DRIVER = "bd merge %A %O %A %B";
    static final String NAME = "bd JSONL merge driver";

    private MergeDriverSetup() {}

    /**
     * Whether the driver is set up for {@code root} (Go's mergeDriverInstalled): the git config names a driver
     * without the old {@code %L}/{@code %R} placeholders, and {@code .gitattributes} routes the JSONL to it.
     */
    static boolean installed(Path root, String jsonlName) {
        GitProcess.Result driver = GitProcess.run(root, "config", "merge.beads.driver");
        if (!driver.ok()
                || driver.out().isEmpty()
                || driver.out().contains("%L")
                || driver.out().contains("%R")) {
            return false;
        }
        String attributes = read(root.resolve(".gitattributes"));
        return attributes.contains(".beads/" + jsonlName) && attributes.contains("merge=beads");
    }

    /**
     * Sets the driver up; returns null when done, else why not (Go prints it as a warning and goes on).
     *
     * @param jsonlName the workspace's JSONL file name ({@code issues.jsonl}, or {@code beads.jsonl} in older ones)
     */
    static String install(Path root, String jsonlName) {
        GitProcess.Result driver = GitProcess.run(root, "config", "merge.beads.driver", DRIVER);
        if (!driver.ok()) {
            return "failed to configure git merge driver: " + driver.err();
        }
        GitProcess.run(root, "config", "merge.beads.name", NAME);
        Path file = root.resolve(".gitattributes");
        String existing = read(file);
        String pattern = ".beads/" + jsonlName;
        if (existing.contains(pattern) && existing.contains("merge=beads")) {
            return null;
        }
        StringBuilder content = new StringBuilder(existing);
        if (!existing.isEmpty() && !existing.endsWith("\n")) {
            content.append('\n');
        }
        content.append("\n# Use bd merge for beads JSONL files\n")
                .append(pattern)
                .append(" merge=beads\n");
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return null;
        } catch (IOException e) {
            return "failed to update .gitattributes: " + IoProblems.describe(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw IoProblems.failure("cannot read " + file, e);
        }
    }
}
