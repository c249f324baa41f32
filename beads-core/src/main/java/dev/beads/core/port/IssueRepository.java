package dev.beads.core.port;

import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.LabelCount;
import dev.beads.core.model.WorkFilter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Storage of issues, their labels, dependencies and comments, the audit trail, dirty flags, configuration and
 * metadata.
 *
 * <p>Reads outside {@link #write} see the last committed state. All writes happen inside {@link #write}: one
 * transaction, one writer at a time (for SQLite, {@code BEGIN IMMEDIATE}); every issue written there gets its audit
 * event and its dirty flag in that same transaction.
 *
 * <p>Implementations are thread-safe. Methods never return null. Storage failures throw
 * {@link dev.beads.core.error.BackendException} naming what was touched.
 */
public interface IssueRepository extends AutoCloseable {

    /**
     * Runs {@code work} in one write transaction and returns its result. Commits when {@code work} returns, rolls
     * back when it throws (and rethrows). Not reentrant: do not call {@code write} from inside {@code work}.
     */
    <T> T write(Function<IssueWriter, T> work);

    /** The issue with its labels, outgoing dependencies (creation order) and comments (creation order). */
    Optional<Issue> find(IssueId id);

    /** The issues of {@code ids} that exist, each once, in id order, each complete as {@link #find}. */
    List<Issue> findAll(java.util.Collection<IssueId> ids);

    boolean exists(IssueId id);

    /** Ids that contain {@code fragment} (case-insensitive), in id order, at most {@code limit}. */
    List<IssueId> idsContaining(String fragment, int limit);

    /**
     * Issues matching {@code filter}, sorted and limited as it says, each complete as {@link #find}. Tombstones
     * only when the filter includes them.
     */
    List<Issue> list(IssueFilter filter);

    /** Every issue, tombstones included, in id order, each complete: what export writes. */
    List<Issue> all();

    /**
     * The issues of {@link #all}, handed to {@code each} one at a time in {@link IssueSource#ORDER}, all from one
     * committed state; an adapter reads them in pages, so memory is bounded by the page, not the store. {@code each}
     * must not call {@link #write}. By default, {@link #all} sorted.
     */
    default void forEachIssue(Consumer<Issue> each) {
        List<Issue> all = new ArrayList<>(all());
        all.sort(IssueSource.ORDER);
        all.forEach(each);
    }

    /**
     * Ready work (beads ready semantics): status open or in_progress, not blocked, not a tombstone, matching the
     * filter, in the filter's sort (hybrid relative to {@code now}) and limit.
     */
    List<Issue> ready(WorkFilter filter, OffsetDateTime now);

    /**
     * Open, in-progress or blocked issues that are blocked: by a {@code blocks} edge to an issue that is open,
     * in_progress or blocked, or through a parent-child ancestor that is. Sorted by priority then id.
     */
    List<BlockedIssue> blocked(WorkFilter filter);

    /** Edges of non-tombstone issues pointing at {@code id} (its dependents), in creation order. */
    List<Dependency> dependents(IssueId id);

    /** Every dependency edge of non-tombstone issues, for graph walks (cycles, trees). */
    List<Dependency> allDependencies();

    /** Labels in use on non-tombstone issues with their counts, sorted by label. */
    List<LabelCount> labelCounts();

    /**
     * Number of issues whose id has {@code prefix} and no child suffix (tombstones included): drives adaptive
     * hash-id length.
     */
    int countTopLevel(String prefix);

    /** Audit events of one issue, oldest first. */
    List<AuditEvent> events(IssueId id);

    /** Ids marked dirty (changed since the last export), in id order. */
    List<IssueId> dirtyIds();

    /**
     * The JSONL lines that are not issues (no {@code id}, or a {@code _type} other than {@code issue}), each as the
     * text read, in file order: kept verbatim so that export writes them back after the issues.
     */
    List<String> records();

    /** Clears dirty flags of {@code ids} (after an export is durable). */
    void clearDirty(java.util.Collection<IssueId> ids);

    /** A configuration value ({@code bd config}), e.g. {@code issue_prefix}. */
    Optional<String> config(String key);

    /** All configuration values, sorted by key. */
    Map<String, String> configs();

    /** Internal bookkeeping values (e.g. the content hash of the last imported JSONL). */
    Optional<String> metadata(String key);

    void setMetadata(String key, String value);

    /** Sets several metadata values at once: in one transaction where the store has them. */
    default void setMetadata(Map<String, String> values) {
        values.forEach(this::setMetadata);
    }

    /** Releases connections. Idempotent; afterwards every other method throws IllegalStateException. */
    @Override
    void close();
}
