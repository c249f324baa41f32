package dev.beads.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.cli.Fixtures;
import dev.beads.core.model.Comment;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueId;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueTextTest {
    private final IssueText text = new IssueText(new Style(false));

    @Test
    void compactLine_isGoBdsListLine() {
        Issue issue = Fixtures.issue("bd-a1", "Fix it")
                .assignee("alice")
                .labels(List.of("ui", "api"))
                .build();
        assertThat(text.compactLine(issue)).isEqualTo("bd-a1 [P2] [task] open @alice [api ui] - Fix it");
    }

    @Test
    void show_listsFieldsDependenciesDependentsLabelsAndComments() {
        Issue blocker = Fixtures.issue("bd-b1", "Blocker").build();
        Issue dependent = Fixtures.issue("bd-c1", "Waiting").build();
        Issue issue = Fixtures.issue("bd-a1", "Middle")
                .description("Why it matters")
                .labels(List.of("backend"))
                .comments(List.of(new Comment(1, IssueId.of("bd-a1"), "bob", "Looks good", Fixtures.T0)))
                .build();
        List<String> lines = text.show(new IssueDetails(
                issue,
                List.of(new IssueDetails.Related(blocker, DependencyType.BLOCKS)),
                List.of(new IssueDetails.Related(dependent, DependencyType.BLOCKS))));
        assertThat(lines).startsWith("bd-a1: Middle", "Status: open", "Priority: P2", "Type: task");
        assertThat(lines)
                .contains(
                        "Description:",
                        "Why it matters",
                        "Labels: backend",
                        "Dependencies (1):",
                        "  → bd-b1: Blocker [P2] (open) blocks",
                        "Dependents (1):",
                        "  ← bd-c1: Waiting [P2] (open) blocks",
                        "Comments (1):",
                        "  [bob at 2025-01-02 03:04]",
                        "  Looks good");
    }

    @Test
    void colour_wrapsTextInAnsiCodes_onlyWhenEnabled() {
        assertThat(new Style(true).green("x")).isEqualTo("\u001b[32mx\u001b[0m");
        assertThat(new Style(false).green("x")).isEqualTo("x");
    }
}
