package dev.beads.testkit.service;

import static dev.beads.testkit.Issues.ACTOR;
import static dev.beads.testkit.Issues.anIssue;
import static dev.beads.testkit.Issues.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.RemoveDependency;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.EventType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code bd dep remove a b} removes that one edge, whichever of a's edges comes first, and says which it was. */
class DependencyRemovalTest {
    private final ServiceFixture f = new ServiceFixture();

    @BeforeEach
    void anIssueWithThreeEdges() {
        f.seed(
                anIssue("bd-a")
                        .dependsOn("bd-first", DependencyType.RELATED)
                        .blockedBy("bd-b")
                        .dependsOn("bd-last", DependencyType.DISCOVERED_FROM)
                        .build(),
                anIssue("bd-first").build(),
                anIssue("bd-b").build(),
                anIssue("bd-last").build());
    }

    @Test
    void remove_takesTheEdgeToTheNamedIssue_andKeepsTheOthersInOrder() {
        Dependency removed = f.commands.removeDependency(new RemoveDependency(id("bd-a"), id("bd-b"), ACTOR));

        assertThat(removed.issueId()).isEqualTo(id("bd-a"));
        assertThat(removed.dependsOnId()).isEqualTo(id("bd-b"));
        assertThat(removed.type()).isEqualTo(DependencyType.BLOCKS);
        assertThat(f.stored(id("bd-a")).dependencies())
                .extracting(d -> d.dependsOnId().value())
                .containsExactly("bd-first", "bd-last");
        AuditEvent event = f.lastEvent(id("bd-a"));
        assertThat(event.type()).isEqualTo(EventType.DEPENDENCY_REMOVED);
        assertThat(event.oldValue()).isEqualTo("bd-b");
        assertThat(event.newValue()).isNull();
        assertThat(event.comment()).isEqualTo("blocks");
    }

    @Test
    void remove_ofAnEdgeThatIsNotThere_changesNothing() {
        assertThatThrownBy(() -> f.commands.removeDependency(new RemoveDependency(id("bd-b"), id("bd-a"), ACTOR)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("issue bd-b does not depend on bd-a: see its dependencies with bd show bd-b");
        assertThat(f.stored(id("bd-a")).dependencies()).hasSize(3);
    }
}
