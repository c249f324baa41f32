package dev.beads.testkit.contract;

import static dev.beads.testkit.Issues.at;
import static dev.beads.testkit.Issues.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.testkit.Issues;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every put records its audit event and marks the issue dirty; dirty flags are cleared by id. */
abstract class DirtyAndEventCases extends RepositoryCases {

    @Test
    void put_recordsItsEvent_andMarksTheIssueDirty() {
        Issue issue = issue("bd-1").build();
        store(issue);

        assertThat(repo().events(id("bd-1"))).containsExactly(Issues.createdEvent(issue));
        assertThat(values(repo().dirtyIds())).containsExactly("bd-1");
    }

    @Test
    void eventFields_roundTrip_includingNullsAndOffsets() {
        AuditEvent full = new AuditEvent(
                id("bd-1"),
                EventType.STATUS_CHANGED,
                "alice",
                "open",
                "closed",
                "why: done",
                at("2025-12-25T00:59:03.667211123-08:00"));
        AuditEvent bare =
                new AuditEvent(id("bd-1"), EventType.COMMENTED, "", null, null, null, at("2025-12-26T00:00:00Z"));

        repo().write(w -> {
            w.put(issue("bd-1").build(), full);
            w.put(issue("bd-1").build(), bare);
            return null;
        });

        assertThat(repo().events(id("bd-1"))).containsExactly(full, bare);
    }

    @Test
    void events_areOldestFirst_inInsertionOrder_evenWithEqualTimestamps() {
        store(issue("bd-1"));
        update(issue("bd-1").title("renamed").build());
        repo().write(w -> {
            w.put(issue("bd-1").closed().build(), Issues.event("bd-1", EventType.CLOSED, Issues.T0));
            w.put(issue("bd-1").build(), Issues.event("bd-1", EventType.REOPENED, Issues.T0));
            return null;
        });

        assertThat(repo().events(id("bd-1")))
                .extracting(AuditEvent::type)
                .containsExactly(EventType.CREATED, EventType.UPDATED, EventType.CLOSED, EventType.REOPENED);
    }

    @Test
    void events_belongToTheirIssueOnly() {
        store(issue("bd-1"), issue("bd-2"));
        update(issue("bd-2").title("changed").build());

        assertThat(repo().events(id("bd-1"))).extracting(AuditEvent::type).containsExactly(EventType.CREATED);
        assertThat(repo().events(id("bd-2")))
                .extracting(AuditEvent::type)
                .containsExactly(EventType.CREATED, EventType.UPDATED);
        assertThat(repo().events(id("bd-3"))).isEmpty();
    }

    @Test
    void events_surviveReplaceAndClearDirty() {
        store(issue("bd-1"));
        update(issue("bd-1").title("v2").build());
        repo().clearDirty(List.of(id("bd-1")));

        assertThat(repo().events(id("bd-1"))).hasSize(2);
    }

    @Test
    void dirtyIds_areSortedById() {
        store(issue("bd-3"));
        store(issue("bd-1"));
        store(issue("bd-2"), issue("bd-10"));

        assertThat(values(repo().dirtyIds())).containsExactly("bd-1", "bd-10", "bd-2", "bd-3");
    }

    @Test
    void clearDirty_clearsOnlyTheGivenIds() {
        store(issue("bd-1"), issue("bd-2"), issue("bd-3"));

        repo().clearDirty(List.of(id("bd-1"), id("bd-3"), id("bd-never")));

        assertThat(values(repo().dirtyIds())).containsExactly("bd-2");
    }

    @Test
    void aPutAfterClearDirty_marksTheIssueDirtyAgain() {
        store(issue("bd-1"), issue("bd-2"));
        repo().clearDirty(List.of(id("bd-1"), id("bd-2")));

        update(issue("bd-2").title("changed").build());

        assertThat(values(repo().dirtyIds())).containsExactly("bd-2");
    }

    @Test
    void tombstones_areMarkedDirtyLikeAnyPut() {
        store(issue("bd-1"));
        repo().clearDirty(List.of(id("bd-1")));

        update(Issues.aTombstone("bd-1").build());

        assertThat(values(repo().dirtyIds())).containsExactly("bd-1");
    }
}
