package dev.beads.adapters.sqlite;

import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.IssueWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/** The writer handed to one {@code write}: the writer connection inside its open transaction. */
final class SqliteIssueWriter implements IssueWriter {
    private final Session session;
    private final Path file;
    private final Thread owner = Thread.currentThread();
    private boolean active = true;

    SqliteIssueWriter(Session session, Path file) {
        this.session = session;
        this.file = file;
    }

    /** Called when the transaction ends: the writer must not be used after its {@code write} returned. */
    void invalidate() {
        active = false;
    }

    @Override
    public Optional<Issue> find(IssueId id) {
        return run("reading issue " + id, () -> IssueLoader.find(session, id));
    }

    @Override
    public List<Issue> findAll(Collection<IssueId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return run("reading issues", () -> IssueLoader.byIds(session, Sql.ids(ids)));
    }

    @Override
    public boolean exists(IssueId id) {
        return run("reading issue " + id, () -> session.exists(SqliteIssueRepository.ISSUE_BY_ID, id.value()));
    }

    @Override
    public void put(Issue issue, AuditEvent event) {
        run("storing issue " + issue.id(), () -> {
            IssueStore.store(session, List.of(new Change(issue, event)));
            return null;
        });
    }

    @Override
    public void putAll(List<Change> changes) {
        putAll(changes, stored -> {});
    }

    /** Reports after each slice of {@link IssueStore#SLICE} issues, and once more at the end. */
    @Override
    public void putAll(List<Change> changes, IntConsumer stored) {
        String what = changes.size() == 1
                ? "storing issue " + changes.get(0).issue().id()
                : "storing " + changes.size() + " issues";
        run(what, () -> {
            IssueStore.store(session, changes, stored);
            return null;
        });
    }

    @Override
    public Bulk bulk() {
        return new Bulk() {
            @Override
            public void put(List<Change> changes) {
                run("storing " + changes.size() + " issues", () -> {
                    IssueStore.storeBulk(session, changes);
                    return null;
                });
            }

            @Override
            public void finish() {
                run("updating the blocked issues", () -> {
                    IssueStore.finishBulk(session);
                    return null;
                });
            }
        };
    }

    @Override
    public void forEachIssue(Consumer<Issue> each) {
        run("reading all issues", () -> {
            IssueLoader.forEach(session, each);
            return null;
        });
    }

    @Override
    public int count() {
        return run("counting issues", () -> Bookkeeping.count(session));
    }

    @Override
    public List<IssueId> dirtyIds() {
        return run("reading dirty issues", () -> Bookkeeping.dirtyIds(session));
    }

    @Override
    public void clearDirty(Collection<IssueId> ids) {
        run("clearing dirty flags", () -> {
            Bookkeeping.clearDirty(session, ids);
            return null;
        });
    }

    @Override
    public void setMetadata(Map<String, String> values) {
        run("setting metadata " + values.keySet(), () -> {
            Bookkeeping.setMetadata(session, values);
            return null;
        });
    }

    @Override
    public void setConfig(String key, String value) {
        run(
                "setting config " + key,
                () -> session.execute(
                        "INSERT INTO config (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        key,
                        value));
    }

    @Override
    public boolean unsetConfig(String key) {
        return run("removing config " + key, () -> session.execute("DELETE FROM config WHERE key = ?", key) > 0);
    }

    @Override
    public List<String> records() {
        return run("reading the JSONL records", () -> JsonlRecords.all(session));
    }

    @Override
    public void replaceRecords(List<String> records) {
        run("storing the JSONL records", () -> {
            JsonlRecords.replace(session, records);
            return null;
        });
    }

    private <T> T run(String what, Supplier<T> action) {
        if (!active || Thread.currentThread() != owner) {
            throw new IllegalStateException(
                    "this IssueWriter is only valid inside its write call, on the thread that runs it");
        }
        try {
            return action.get();
        } catch (SqlFailure e) {
            throw SqliteErrors.translate(file, what, e);
        }
    }
}
