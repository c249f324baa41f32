package dev.beads.core.service;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueRules;
import dev.beads.core.port.IssueWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The writer a command gets: every issue it stores must obey {@link IssueRules}, except for breaks the stored issue
 * already had (an imported closed issue without {@code closed_at} can still be labelled). Import writes through the
 * plain writer: history is stored as it is.
 */
final class RuleCheckingWriter implements IssueWriter {
    private final IssueWriter delegate;

    RuleCheckingWriter(IssueWriter delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Issue> find(IssueId id) {
        return delegate.find(id);
    }

    @Override
    public boolean exists(IssueId id) {
        return delegate.exists(id);
    }

    @Override
    public List<Issue> findAll(Collection<IssueId> ids) {
        return delegate.findAll(ids);
    }

    @Override
    public void put(Issue issue, AuditEvent event) {
        check(issue);
        delegate.put(issue, event);
    }

    @Override
    public void putAll(List<Change> changes) {
        checkAll(changes);
        delegate.putAll(changes);
    }

    @Override
    public void putAll(List<Change> changes, IntConsumer stored) {
        checkAll(changes);
        delegate.putAll(changes, stored);
    }

    @Override
    public void setConfig(String key, String value) {
        delegate.setConfig(key, value);
    }

    @Override
    public boolean unsetConfig(String key) {
        return delegate.unsetConfig(key);
    }

    @Override
    public List<String> records() {
        return delegate.records();
    }

    @Override
    public void replaceRecords(List<String> records) {
        delegate.replaceRecords(records);
    }

    @Override
    public void forEachIssue(Consumer<Issue> each) {
        delegate.forEachIssue(each);
    }

    @Override
    public int count() {
        return delegate.count();
    }

    @Override
    public List<IssueId> dirtyIds() {
        return delegate.dirtyIds();
    }

    @Override
    public void clearDirty(Collection<IssueId> ids) {
        delegate.clearDirty(ids);
    }

    @Override
    public void setMetadata(Map<String, String> values) {
        delegate.setMetadata(values);
    }

    private void checkAll(List<Change> changes) {
        for (Change change : changes) {
            check(change.issue());
        }
    }

    /** The stored form is read only when the issue breaks a rule, so a valid write costs nothing more. */
    private void check(Issue issue) {
        if (IssueRules.check(issue).isEmpty()) {
            return;
        }
        List<IssueRules.Violation> introduced =
                IssueRules.introduced(delegate.find(issue.id()).orElse(null), issue);
        if (!introduced.isEmpty()) {
            throw new InvalidInputException(
                    "issue " + issue.id() + ": " + introduced.getFirst().message());
        }
    }
}
