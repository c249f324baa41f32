package dev.beads.testkit.service;

import static dev.beads.testkit.Issues.ACTOR;
import static dev.beads.testkit.Issues.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.api.AddDependency;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.model.Issue;
import dev.beads.core.model.Priority;
import dev.beads.core.model.ReadySort;
import dev.beads.core.model.WorkFilter;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Ready work through the use cases, with issues created at chosen times (beads ready semantics, hybrid sort). */
class ReadyWorkTest {
    private final ServiceFixture f = new ServiceFixture();

    private Issue createAt(OffsetDateTime at, String title, int priority) {
        f.clock.set(at);
        return f.commands.create(CreateIssue.builder(title)
                .priority(Priority.of(priority))
                .actor(ACTOR)
                .build());
    }

    private java.util.List<String> ready(WorkFilter filter) {
        return f.queries.ready(filter).stream().map(Issue::title).toList();
    }

    @Test
    void hybrid_putsIssuesOfTheLast48HoursFirstByPriority_thenOlderOnesOldestFirst() {
        OffsetDateTime now = T0.plusDays(10);
        createAt(T0, "ancient P1", 1);
        createAt(now.minusHours(48).minusNanos(1), "just too old P0", 0);
        createAt(now.minusHours(48), "exactly 48h P3", 3);
        createAt(now.minusHours(1), "recent P0", 0);
        createAt(now.minusHours(2), "recent P3", 3);
        f.clock.set(now);

        assertThat(ready(WorkFilter.ALL))
                .containsExactly("recent P0", "exactly 48h P3", "recent P3", "ancient P1", "just too old P0");
        assertThat(ready(WorkFilter.ALL.withSort(ReadySort.PRIORITY)))
                .containsExactly("just too old P0", "recent P0", "ancient P1", "exactly 48h P3", "recent P3");
        assertThat(ready(WorkFilter.ALL.withSort(ReadySort.OLDEST)))
                .containsExactly("ancient P1", "just too old P0", "exactly 48h P3", "recent P3", "recent P0");
    }

    @Test
    void hybrid_movesAnIssueToTheOldGroupAsTheClockAdvances() {
        createAt(T0, "first P3", 3);
        createAt(T0.plusHours(1), "second P0", 0);
        f.clock.set(T0.plusHours(10));
        assertThat(ready(WorkFilter.ALL)).containsExactly("second P0", "first P3");

        f.clock.set(T0.plusHours(48).plusNanos(1));
        assertThat(ready(WorkFilter.ALL)).containsExactly("second P0", "first P3");

        f.clock.advance(Duration.ofHours(1));
        assertThat(ready(WorkFilter.ALL)).containsExactly("first P3", "second P0");
    }

    @Test
    void closingABlocker_makesItsDependentReady() {
        Issue blocker = createAt(T0, "blocker", 2);
        Issue waiting = createAt(T0.plusMinutes(1), "waiting", 0);
        f.commands.addDependency(new AddDependency(waiting.id(), blocker.id(), null, ACTOR));
        assertThat(ready(WorkFilter.ALL)).containsExactly("blocker");

        f.commands.close(new CloseIssue(blocker.id(), "", ACTOR));

        assertThat(ready(WorkFilter.ALL)).containsExactly("waiting");
    }
}
