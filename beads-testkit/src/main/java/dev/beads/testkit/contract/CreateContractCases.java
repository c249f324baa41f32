package dev.beads.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.CreateIssue;
import dev.beads.core.error.ConflictException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bd create}: ids (hash, explicit, child), stored fields, initial edges, and what is refused. */
abstract class CreateContractCases extends PortCases {

    @Test
    void create_withATitle_givesAnOpenTaskWithAHashIdOfTheWorkspacePrefix() {
        Issue issue = create("Fix the login page");

        assertThat(issue.id().value()).matches("bd-[0-9a-z]{3,8}");
        assertThat(issue.title()).isEqualTo("Fix the login page");
        assertThat(issue.status()).isEqualTo(Status.OPEN);
        assertThat(issue.priority()).isEqualTo(Priority.DEFAULT);
        assertThat(issue.issueType()).isEqualTo(IssueType.TASK);
        assertThat(issue.createdBy()).isEqualTo(ACTOR);
        assertThat(issue.updatedAt()).isEqualTo(issue.createdAt());
        assertThat(issue.closedAt()).isNull();
        assertThat(show(issue.id())).isEqualTo(issue);
    }

    @Test
    void create_storesEveryGivenField() {
        Issue issue = commands()
                .create(request("Full")
                        .description("desc")
                        .design("design")
                        .acceptanceCriteria("accept")
                        .notes("notes")
                        .priority(Priority.of(0))
                        .type(IssueType.BUG)
                        .assignee("ann")
                        .labels(List.of("ui", "backend"))
                        .estimatedMinutes(90)
                        .externalRef("gh-12")
                        .build());

        assertThat(issue)
                .extracting(
                        Issue::description,
                        Issue::design,
                        Issue::acceptanceCriteria,
                        Issue::notes,
                        Issue::priority,
                        Issue::issueType,
                        Issue::assignee,
                        Issue::labels,
                        Issue::estimatedMinutes,
                        Issue::externalRef)
                .containsExactly(
                        "desc",
                        "design",
                        "accept",
                        "notes",
                        Priority.of(0),
                        IssueType.BUG,
                        "ann",
                        List.of("backend", "ui"),
                        90,
                        "gh-12");
        assertThat(show(issue.id())).isEqualTo(issue);
    }

    @Test
    void create_twiceWithTheSameTitle_givesTwoIssues() {
        Issue first = create("Same");
        Issue second = create("Same");

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(listedIds()).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void create_withAnExplicitId_usesIt() {
        Issue issue = createWithId("bd-custom1");

        assertThat(issue.id()).isEqualTo(id("bd-custom1"));
        assertThat(show(id("bd-custom1")).title()).isEqualTo("Issue bd-custom1");
    }

    @Test
    void create_withAnIdThatExists_isAConflictAndChangesNothing() {
        Issue first = createWithId("bd-dup");

        assertThatThrownBy(() -> createWithId("bd-dup"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("bd-dup")
                .hasMessageContaining("already exists");
        assertThat(show(first.id())).isEqualTo(first);
    }

    @Test
    void create_withAnIdOfAnotherPrefix_isInvalid() {
        assertThatThrownBy(() -> createWithId("ops-1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ops-1");
        assertThat(listedIds()).isEmpty();
    }

    @Test
    void create_withAParent_numbersChildrenAndLinksThemToTheParent() {
        Issue epic = commands().create(request("Epic").type(IssueType.EPIC).build());

        Issue first = commands().create(request("First").parent(epic.id()).build());
        Issue second = commands().create(request("Second").parent(epic.id()).build());

        assertThat(first.id()).isEqualTo(epic.id().child(1));
        assertThat(second.id()).isEqualTo(epic.id().child(2));
        assertThat(first.dependencies()).singleElement().satisfies(d -> {
            assertThat(d.dependsOnId()).isEqualTo(epic.id());
            assertThat(d.type()).isEqualTo(DependencyType.PARENT_CHILD);
        });
        assertThat(queries().show(epic.id()).dependents())
                .extracting(r -> r.issue().id(), IssueDetails.Related::type)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(first.id(), DependencyType.PARENT_CHILD),
                        org.assertj.core.groups.Tuple.tuple(second.id(), DependencyType.PARENT_CHILD));
    }

    @Test
    void create_underAGrandchild_stopsAtDepthThree() {
        Issue top = create("Top");
        Issue level1 = commands().create(request("L1").parent(top.id()).build());
        Issue level2 = commands().create(request("L2").parent(level1.id()).build());
        Issue level3 = commands().create(request("L3").parent(level2.id()).build());

        assertThat(level3.id()).isEqualTo(id(top.id().value() + ".1.1.1"));
        assertThatThrownBy(() ->
                        commands().create(request("L4").parent(level3.id()).build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maximum hierarchy depth is 3");
        assertThat(listedIds()).hasSize(4);
    }

    @Test
    void create_withAnUnknownParent_isNotFound() {
        assertThatThrownBy(() -> commands()
                        .create(request("Orphan").parent(id("bd-nope")).build()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("bd-nope");
        assertThat(listedIds()).isEmpty();
    }

    @Test
    void create_withDependencies_storesTheEdges() {
        Issue blocker = create("Blocker");
        Issue origin = create("Origin");

        Issue issue = commands()
                .create(request("Dependent")
                        .dependencies(List.of(
                                new CreateIssue.NewDependency(DependencyType.BLOCKS, blocker.id()),
                                new CreateIssue.NewDependency(DependencyType.DISCOVERED_FROM, origin.id())))
                        .build());

        assertThat(issue.dependencies())
                .extracting(Dependency::dependsOnId, Dependency::type, Dependency::createdBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(blocker.id(), DependencyType.BLOCKS, ACTOR),
                        org.assertj.core.groups.Tuple.tuple(origin.id(), DependencyType.DISCOVERED_FROM, ACTOR));
        assertThat(queries().show(issue.id()).dependsOn())
                .extracting(r -> r.issue().id())
                .containsExactly(blocker.id(), origin.id());
    }

    @Test
    void create_withADependencyOnAnUnknownIssue_isNotFoundAndCreatesNothing() {
        CreateIssue request = request("Dependent")
                .dependencies(List.of(new CreateIssue.NewDependency(DependencyType.BLOCKS, id("bd-missing"))))
                .build();

        assertThatThrownBy(() -> commands().create(request))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("bd-missing");
        assertThat(listedIds()).isEmpty();
    }

    @Test
    void create_withoutATitle_isInvalidAndCreatesNothing() {
        assertThatThrownBy(() -> commands().create(CreateIssue.titled("  ", ACTOR)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("title is required");
        assertThat(listedIds()).isEmpty();
    }

    @Test
    void create_withALabelContainingSpaces_isInvalidAndCreatesNothing() {
        assertThatThrownBy(() -> commands()
                        .create(request("x").labels(List.of("two words")).build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("two words");
        assertThat(listedIds()).isEmpty();
    }

    @Test
    void show_ofAnUnknownId_isNotFound() {
        assertThatThrownBy(() -> queries().show(id("bd-unknown")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no issue found");
    }

    @Test
    void show_listsWhatAnIssueDependsOnAndWhatDependsOnIt() {
        Issue a = createWithId("bd-a");
        Issue b = createWithId("bd-b");
        Issue c = createWithId("bd-c");
        depend(b, a);
        depend(c, b, DependencyType.RELATED);

        IssueDetails details = queries().show(b.id());

        assertThat(details.issue().id()).isEqualTo(b.id());
        assertThat(details.dependsOn())
                .extracting(r -> r.issue().id(), IssueDetails.Related::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.id(), DependencyType.BLOCKS));
        assertThat(details.dependents())
                .extracting(r -> r.issue().id(), IssueDetails.Related::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(c.id(), DependencyType.RELATED));
    }

    @Test
    void everyCommandAndQueryOnAnUnknownId_isNotFound() {
        IssueId unknown = id("bd-zzzz");
        List<Runnable> calls = List.of(
                () -> queries().show(unknown),
                () -> queries().labels(unknown),
                () -> queries().comments(unknown),
                () -> queries().dependencyTree(unknown, dev.beads.core.model.TreeDirection.DOWN, 5),
                () -> commands()
                        .update(dev.beads.core.api.UpdateIssue.builder(unknown)
                                .title("x")
                                .build()),
                () -> commands().close(new dev.beads.core.api.CloseIssue(unknown, "", ACTOR)),
                () -> commands().reopen(new dev.beads.core.api.ReopenIssue(unknown, "", ACTOR)),
                () -> commands().delete(new dev.beads.core.api.DeleteIssue(unknown, "", ACTOR)),
                () -> commands().addLabel(new dev.beads.core.api.AddLabel(unknown, "x", ACTOR)),
                () -> commands().removeLabel(new dev.beads.core.api.RemoveLabel(unknown, "x", ACTOR)),
                () -> commands().addComment(new dev.beads.core.api.AddComment(unknown, ACTOR, "hi")));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(NotFoundException.class).hasMessageContaining("bd-zzzz");
        }
    }
}
