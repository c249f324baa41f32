package dev.beads.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownIssuesTest {

    @Test
    void parsesTitlesDescriptionsAndSections() {
        String md = """
                # Plan

                ## Add login
                Users need to sign in.

                ### Priority
                1
                ### Type
                feature
                ### Labels
                auth, web
                ### Dependencies
                blocks:bd-1, bd-2

                ## Fix typo
                ### Acceptance Criteria
                No typo left
                """;
        List<MarkdownIssues.Draft> drafts = MarkdownIssues.parse(md, "plan.md");
        assertThat(drafts).hasSize(2);
        MarkdownIssues.Draft login = drafts.get(0);
        assertThat(login.title()).isEqualTo("Add login");
        assertThat(login.description()).isEqualTo("Users need to sign in.");
        assertThat(login.get("priority")).isEqualTo("1");
        assertThat(login.get("type")).isEqualTo("feature");
        assertThat(login.get("labels")).isEqualTo("auth, web");
        assertThat(login.dependencies()).isEqualTo("blocks:bd-1, bd-2");
        assertThat(drafts.get(1).acceptance()).isEqualTo("No typo left");
        assertThat(drafts.get(1).description()).isNull();
    }

    @Test
    void fileWithoutIssueHeadings_isRejected() {
        assertThatThrownBy(() -> MarkdownIssues.parse("just text\n", "x.md"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("## Title");
    }

    @Test
    void unknownSection_isRejectedWithItsLine() {
        assertThatThrownBy(() -> MarkdownIssues.parse("## A\n### Colour\nred\n", "x.md"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("x.md line 2")
                .hasMessageContaining("Colour");
    }
}
