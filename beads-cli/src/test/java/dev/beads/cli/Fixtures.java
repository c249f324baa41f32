package dev.beads.cli;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/** Hand-built model objects for rendering tests, and files for import tests. */
public final class Fixtures {
    public static final OffsetDateTime T0 = OffsetDateTime.parse("2025-01-02T03:04:05.123456789-08:00");

    private Fixtures() {}

    public static Issue.Builder issue(String id, String title) {
        return Issue.builder()
                .id(IssueId.of(id))
                .title(title)
                .status(Status.OPEN)
                .priority(Priority.of(2))
                .issueType(IssueType.TASK)
                .createdAt(T0)
                .updatedAt(T0);
    }

    /**
     * Writes 800 issues ({@code test-big1}…) with long descriptions to {@code file}: over 256 KiB, large enough for
     * {@code bd import} to show its progress on a terminal.
     */
    public static Path largeJsonl(Path file) throws IOException {
        StringBuilder jsonl = new StringBuilder();
        String text = "x".repeat(400);
        for (int n = 1; n <= 800; n++) {
            jsonl.append("{\"id\":\"test-big")
                    .append(n)
                    .append("\",\"title\":\"Big ")
                    .append(n)
                    .append("\",\"description\":\"")
                    .append(text)
                    .append("\",\"status\":\"open\",\"priority\":2,")
                    .append("\"issue_type\":\"task\",\"created_at\":\"2025-01-01T00:00:00Z\",")
                    .append("\"updated_at\":\"2025-01-01T00:00:00Z\"}\n");
        }
        Files.writeString(file, jsonl);
        return file;
    }
}
