package dev.beads.core.port;

import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The view of an {@link IssueRepository} inside one write transaction. Valid only during the
 * {@link IssueRepository#write} call that handed it out, on that thread.
 */
public interface IssueWriter {

    /** As {@link IssueRepository#find}, seeing this transaction's own writes. */
    Optional<Issue> find(IssueId id);

    boolean exists(IssueId id);

    /**
     * As {@link IssueRepository#findAll}, seeing this transaction's own writes: the issues of {@code ids} that
     * exist, in id order. One round trip for many ids (import reads every incoming id this way).
     */
    List<Issue> findAll(Collection<IssueId> ids);

    /**
     * Stores {@code issue} whole: inserts it, or replaces the stored one (scalar fields, labels, outgoing
     * dependencies and comments). Comments with id 0 get a fresh id; the stored ids can be read back with
     * {@link #find}. Records {@code event} and marks the issue dirty.
     */
    void put(Issue issue, AuditEvent event);

    /** {@link #put} for many issues at once (import), in order; adapters may batch. */
    void putAll(List<Change> changes);

    /**
     * {@link #putAll(List)}, telling {@code stored} how many of {@code changes} are stored so far: on this thread,
     * never decreasing, and last {@code changes.size()} once everything (dirty flags and derived state included) is
     * written. Still all in this transaction: nothing is visible outside it before it commits. By default, stores
     * everything and then reports the count once.
     */
    default void putAll(List<Change> changes, IntConsumer stored) {
        putAll(changes);
        stored.accept(changes.size());
    }

    /** Sets a configuration value. */
    void setConfig(String key, String value);

    /** Removes a configuration value; returns whether it was there. */
    boolean unsetConfig(String key);

    /** As {@link IssueRepository#records}, seeing this transaction's own writes. */
    List<String> records();

    /**
     * Replaces the stored non-issue records of the JSONL (DESIGN §3: lines without an {@code id}, or whose
     * {@code _type} is not {@code issue}) with {@code records}, each a line's text as read, in file order.
     */
    void replaceRecords(List<String> records);

    /**
     * Stores changes handed over in several lists (an import streamed from its file): each {@link Bulk#put} stores
     * its changes as {@link #putAll(List)} does (rows, children, events, dirty flags), except derived state that is
     * cheaper rebuilt once for the whole write (SQLite's blocked cache), which {@link Bulk#finish} brings up to date.
     * Until then this writer's ready-work and blocked answers may be stale; everything else reads as stored. By
     * default, each put is a {@link #putAll(List)}.
     */
    default Bulk bulk() {
        return new Bulk() {
            @Override
            public void put(List<Change> changes) {
                putAll(changes);
            }

            @Override
            public void finish() {}
        };
    }

    /** A bulk store in progress: {@link #put} as often as needed, then {@link #finish} once. */
    interface Bulk {
        void put(List<Change> changes);

        void finish();
    }

    /** As {@link IssueRepository#forEachIssue}, seeing this transaction's own writes. */
    void forEachIssue(Consumer<Issue> each);

    /** How many issues are stored, tombstones included, seeing this transaction's own writes. */
    int count();

    /** As {@link IssueRepository#dirtyIds}, seeing this transaction's own writes. */
    List<IssueId> dirtyIds();

    /** As {@link IssueRepository#clearDirty}, in this transaction: for an export that holds the writer. */
    void clearDirty(Collection<IssueId> ids);

    /** As {@link IssueRepository#setMetadata(java.util.Map)}, in this transaction. */
    void setMetadata(Map<String, String> values);

    /** One issue to store and the audit event that explains it. */
    record Change(Issue issue, AuditEvent event) {}
}
