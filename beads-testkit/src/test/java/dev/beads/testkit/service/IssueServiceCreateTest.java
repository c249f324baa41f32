package dev.beads.testkit.service;

import static dev.beads.testkit.Issues.ACTOR;
import static dev.beads.testkit.Issues.T0;
import static dev.beads.testkit.Issues.anIssue;
import static dev.beads.testkit.Issues.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.api.CreateIssue;
import dev.beads.core.api.DeleteIssue;
import dev.beads.core.error.ConflictException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.ChangeEvent;
import dev.beads.core.port.ChangeFeed;
import dev.beads.core.port.IdGenerator;
import dev.beads.core.service.HashIdGenerator;
import dev.beads.core.service.IssueService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class IssueServiceCreateTest {
    private final ServiceFixture f = new ServiceFixture();

    @Test
    void create_givesGoBdsHashId_andStampsTheClockTimeAndActor() {
        Issue issue = f.create("Fix login");

        // Python hashlib, Go bd's algorithm: sha256("Fix login||tester|1735689600000000000|0"), 2 bytes, base36.
        assertThat(issue.id()).isEqualTo(id("bd-t61"));
        assertThat(issue.createdAt()).isEqualTo(T0);
        assertThat(issue.updatedAt()).isEqualTo(T0);
        assertThat(issue.createdBy()).isEqualTo(ACTOR);
        assertThat(f.stored(issue.id())).isEqualTo(issue);
    }

    @Test
    void create_recordsOneCreatedEvent_marksDirty_andPublishesAfterCommit() {
        List<Boolean> visibleWhenPublished = new ArrayList<>();
        f.feed.subscribe(
                e -> visibleWhenPublished.add(e instanceof ChangeEvent.IssueChanged c && f.repository.exists(c.id())));

        Issue issue = f.create("Fix login");

        assertThat(f.eventTypes(issue.id())).containsExactly(EventType.CREATED);
        assertThat(f.lastEvent(issue.id()).actor()).isEqualTo(ACTOR);
        assertThat(f.repository.dirtyIds()).containsExactly(issue.id());
        assertThat(f.published).containsExactly(new ChangeEvent.IssueChanged(issue.id(), EventType.CREATED, ACTOR));
        assertThat(visibleWhenPublished).containsExactly(true);
    }

    @Test
    void create_onACollision_triesTheNextNonce() {
        f.seed(anIssue("bd-t61").build());

        assertThat(f.create("Fix login").id()).isEqualTo(id("bd-bgq"));
    }

    @Test
    void create_whenEveryNonceOfALengthCollides_movesToTheNextLength() {
        IdGenerator scripted = (prefix, title, description, actor, at, nonce, length) ->
                IssueId.of(prefix + "-" + "x".repeat(length - 1) + nonce);
        ServiceFixture g = new ServiceFixture(scripted);
        for (int nonce = 0; nonce < 10; nonce++) {
            g.seed(anIssue("bd-xx" + nonce).build());
        }
        g.seed(anIssue("bd-xxx0").build());

        assertThat(g.create("anything").id()).isEqualTo(id("bd-xxx1"));
    }

    @Test
    void create_whenEveryCandidateIsTaken_isAConflict() {
        ServiceFixture g = new ServiceFixture((prefix, title, description, actor, at, nonce, length) -> id("bd-same"));
        g.seed(anIssue("bd-same").build());

        assertThatThrownBy(() -> g.create("anything"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("could not find a free id");
    }

    @Test
    void create_usesLongerHashesAsTheWorkspaceGrows() {
        Issue[] existing = new Issue[164];
        for (int i = 0; i < existing.length; i++) {
            existing[i] = anIssue(String.format("bd-s%04d", i)).build();
        }
        f.seed(existing);
        f.seed(anIssue("bd-s0000.1").build(), anIssue("ops-1").build()); // children and other prefixes do not count

        assertThat(f.create("Fix login").id()).isEqualTo(id("bd-rez8"));
    }

    @Test
    void create_withoutAPrefix_saysToRunInit() {
        f.config.unset("issue_prefix");

        assertThatThrownBy(() -> f.create("x"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("workspace has no issue prefix: run bd init --prefix <p>");
    }

    @Test
    void childNumbers_areNeverReused_evenAfterADeleteOrAnImportedChild() {
        Issue parent = f.create("Parent");
        Issue first = f.commands.create(
                CreateIssue.builder("one").parent(parent.id()).actor(ACTOR).build());
        Issue second = f.commands.create(
                CreateIssue.builder("two").parent(parent.id()).actor(ACTOR).build());
        f.commands.delete(new DeleteIssue(second.id(), "", ACTOR));
        f.seed(anIssue(parent.id().value() + ".1.9").build()); // a grandchild does not count

        Issue third = f.commands.create(
                CreateIssue.builder("three").parent(parent.id()).actor(ACTOR).build());
        f.seed(anIssue(parent.id().value() + ".7").build());
        Issue fourth = f.commands.create(
                CreateIssue.builder("four").parent(parent.id()).actor(ACTOR).build());

        assertThat(List.of(first.id(), second.id(), third.id(), fourth.id()))
                .extracting(IssueId::value)
                .containsExactly(parent.id() + ".1", parent.id() + ".2", parent.id() + ".3", parent.id() + ".8");
        assertThat(third.dependencies()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DependencyType.PARENT_CHILD);
            assertThat(d.createdAt()).isEqualTo(T0);
        });
    }

    @Test
    void create_underADeletedParent_isInvalid() {
        Issue parent = f.create("Parent");
        f.commands.delete(new DeleteIssue(parent.id(), "", ACTOR));

        assertThatThrownBy(() -> f.commands.create(CreateIssue.builder("x")
                        .parent(parent.id())
                        .actor(ACTOR)
                        .build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is deleted");
    }

    @Test
    void create_withADependencyThatClosesACycleThroughADanglingEdge_isAConflict() {
        // bd-y already points at bd-new (an edge to an id that did not exist yet, as imports may bring).
        f.seed(anIssue("bd-y").blockedBy("bd-new").build());
        CreateIssue request = CreateIssue.builder("new")
                .id(id("bd-new"))
                .dependencies(List.of(new CreateIssue.NewDependency(DependencyType.BLOCKS, id("bd-y"))))
                .actor(ACTOR)
                .build();

        assertThatThrownBy(() -> f.commands.create(request))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("would create a cycle: bd-new → bd-y → bd-new");
        assertThat(f.repository.exists(id("bd-new"))).isFalse();
    }

    @Test
    void create_withTheSameDependencyTwice_storesItOnce_andTwoTypesForOnePairConflict() {
        Issue target = f.create("target");
        CreateIssue.NewDependency blocks = new CreateIssue.NewDependency(DependencyType.BLOCKS, target.id());
        CreateIssue.NewDependency related = new CreateIssue.NewDependency(DependencyType.RELATED, target.id());

        Issue twice = f.commands.create(CreateIssue.builder("a")
                .dependencies(List.of(blocks, blocks))
                .actor(ACTOR)
                .build());

        assertThat(twice.dependencies()).hasSize(1);
        assertThatThrownBy(() -> f.commands.create(CreateIssue.builder("b")
                        .dependencies(List.of(blocks, related))
                        .actor(ACTOR)
                        .build()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aRefusedCreate_publishesNothing() {
        f.seed(anIssue("bd-taken").build());

        assertThatThrownBy(() -> f.commands.create(
                        CreateIssue.builder("x").id(id("bd-taken")).actor(ACTOR).build()))
                .isInstanceOf(ConflictException.class);
        assertThat(f.published).isEmpty();
        assertThat(f.repository.all()).extracting(Issue::id).containsExactly(id("bd-taken"));
    }

    @Test
    void aFeedThatFails_doesNotFailTheCommittedCreate() {
        ChangeFeed broken = new ChangeFeed() {
            @Override
            public void publish(ChangeEvent event) {
                throw new IllegalStateException("feed down");
            }

            @Override
            public Subscription subscribe(Consumer<ChangeEvent> listener) {
                return () -> {};
            }
        };
        ServiceFixture g = new ServiceFixture();
        IssueService service = new IssueService(g.repository, broken, g.clock, new HashIdGenerator());

        Issue issue = service.create(CreateIssue.titled("saved anyway", ACTOR));

        assertThat(g.stored(issue.id())).isEqualTo(issue);
    }

    @Test
    void createdIssues_takeTheTimeOfTheirCreation() {
        Issue early = f.create("early");
        f.clock.advance(Duration.ofHours(5));
        Issue late = f.create("late");

        assertThat(late.createdAt()).isEqualTo(T0.plusHours(5));
        assertThat(Set.of(early.createdAt(), late.createdAt())).hasSize(2);
    }
}
