package dev.beads.testkit.service;

import static dev.beads.testkit.Issues.anIssue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.CreateIssue;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Issue;
import dev.beads.testkit.Issues;
import org.junit.jupiter.api.Test;

/**
 * The id length follows the number of top-level issues (Go bd's adaptive hash length), counting this process's own
 * creates between two reads of the store; a blank prefix is no prefix.
 */
class IssueServiceCountsTest {
    private final ServiceFixture f = new ServiceFixture();

    private void seedTopLevel(int count) {
        Issue[] existing = new Issue[count];
        for (int i = 0; i < count; i++) {
            existing[i] = anIssue(String.format("bd-s%04d", i)).build();
        }
        f.seed(existing);
    }

    @Test
    void ownCreates_countTowardsTheIdLength_childrenDoNot() {
        seedTopLevel(163); // one below the count that needs 4 characters (164, IssueServiceCreateTest)

        Issue first = f.create("first");
        Issue child = f.commands.create(CreateIssue.builder("child")
                .parent(first.id())
                .actor(Issues.ACTOR)
                .build());
        Issue second = f.create("second");

        assertThat(first.id().localPart()).hasSize(3);
        assertThat(child.id().value()).isEqualTo(first.id().value() + ".1");
        assertThat(second.id().localPart()).as("164 top-level issues now").hasSize(4);
    }

    @Test
    void aBlankPrefix_isNoPrefix() {
        f.config.set("issue_prefix", "  ");

        assertThatThrownBy(() -> f.create("anything"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("workspace has no issue prefix: run bd init --prefix <p>");
    }
}
