package dev.beads.testkit;

import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.LabelCount;
import dev.beads.core.model.WorkFilter;
import dev.beads.core.port.IssueRepository;
import dev.beads.core.port.IssueSource;
import dev.beads.core.port.IssueWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@link IssueRepository} in memory, for service tests: it passes the same
 * {@link dev.beads.testkit.contract.IssueRepositoryContract} as the SQLite adapter.
 *
 * <p>Copy-on-write: a published {@link MemoryState} is never changed. {@link #write} takes the writer lock, lets
 * {@code work} change a copy and publishes the copy only when {@code work} returns, so a throwing {@code work}
 * leaves nothing behind and readers (lock-free, on the volatile snapshot) always see the last committed state.
 * Thread-safe. Not reentrant: {@code write} inside {@code write} throws {@link IllegalStateException}.
 */
public final class InMemoryIssueRepository implements IssueRepository {
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile MemoryState state = new MemoryState();
    private volatile boolean closed;

    @Override
    public <T> T write(Function<IssueWriter, T> work) {
        Objects.requireNonNull(work, "work");
        if (writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("write() called inside write(): the repository is not reentrant");
        }
        writeLock.lock();
        try {
            MemoryState draft = committed().copy();
            Writer writer = new Writer(draft);
            try {
                T result = work.apply(writer);
                state = draft;
                return result;
            } finally {
                writer.open = false;
            }
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public Optional<Issue> find(IssueId id) {
        return Optional.ofNullable(committed().issues.get(id));
    }

    @Override
    public List<Issue> findAll(Collection<IssueId> ids) {
        return findAll(committed(), ids);
    }

    private static List<Issue> findAll(MemoryState state, Collection<IssueId> ids) {
        return ids.stream()
                .distinct()
                .sorted()
                .map(state.issues::get)
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    public boolean exists(IssueId id) {
        return committed().issues.containsKey(id);
    }

    @Override
    public List<IssueId> idsContaining(String fragment, int limit) {
        String needle = IssueListing.lower(fragment);
        return committed().issues.keySet().stream()
                .filter(id -> IssueListing.lower(id.value()).contains(needle))
                .limit(limit > 0 ? limit : Long.MAX_VALUE)
                .toList();
    }

    @Override
    public List<Issue> list(IssueFilter filter) {
        return IssueListing.list(committed().issues.values(), filter);
    }

    @Override
    public List<Issue> all() {
        return List.copyOf(committed().issues.values());
    }

    @Override
    public List<Issue> ready(WorkFilter filter, OffsetDateTime now) {
        return new BlockingGraph(committed().issues).ready(filter, now);
    }

    @Override
    public List<BlockedIssue> blocked(WorkFilter filter) {
        return new BlockingGraph(committed().issues).blocked(filter);
    }

    @Override
    public List<Dependency> dependents(IssueId id) {
        return allDependencies().stream()
                .filter(d -> d.dependsOnId().equals(id))
                .sorted(Comparator.comparing((Dependency d) -> d.createdAt().toInstant())
                        .thenComparing(Dependency::issueId))
                .toList();
    }

    @Override
    public List<Dependency> allDependencies() {
        return live().flatMap(i -> i.dependencies().stream()).toList();
    }

    @Override
    public List<LabelCount> labelCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        live().flatMap(i -> i.labels().stream()).forEach(l -> counts.merge(l, 1, Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new LabelCount(e.getKey(), e.getValue()))
                .toList();
    }

    @Override
    public int countTopLevel(String prefix) {
        String start = prefix + "-";
        return (int) committed().issues.keySet().stream()
                .map(IssueId::value)
                .filter(v -> v.startsWith(start) && v.indexOf('.', start.length()) < 0)
                .count();
    }

    @Override
    public List<AuditEvent> events(IssueId id) {
        return committed().events.getOrDefault(id, List.of());
    }

    @Override
    public List<String> records() {
        return committed().records;
    }

    @Override
    public List<IssueId> dirtyIds() {
        return List.copyOf(committed().dirty);
    }

    @Override
    public void clearDirty(Collection<IssueId> ids) {
        commitSmall(s -> s.dirty.removeAll(ids));
    }

    @Override
    public Optional<String> config(String key) {
        return Optional.ofNullable(committed().config.get(key));
    }

    @Override
    public Map<String, String> configs() {
        return Collections.unmodifiableMap(new TreeMap<>(committed().config));
    }

    @Override
    public Optional<String> metadata(String key) {
        return Optional.ofNullable(committed().metadata.get(key));
    }

    @Override
    public void setMetadata(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        commitSmall(s -> s.metadata.put(key, value));
    }

    @Override
    public void close() {
        closed = true;
    }

    private Stream<Issue> live() {
        return committed().issues.values().stream().filter(i -> !i.isTombstone());
    }

    /** Its own small transaction, as the port's bookkeeping methods outside {@link #write} are. */
    private void commitSmall(Consumer<MemoryState> change) {
        write(w -> {
            change.accept(((Writer) w).draft);
            return null;
        });
    }

    private MemoryState committed() {
        if (closed) {
            throw new IllegalStateException("the in-memory issue repository is closed");
        }
        return state;
    }

    /** The view of one draft; refuses use after its {@code write} returned. */
    private static final class Writer implements IssueWriter {
        private final MemoryState draft;
        private volatile boolean open = true;

        Writer(MemoryState draft) {
            this.draft = draft;
        }

        @Override
        public Optional<Issue> find(IssueId id) {
            return Optional.ofNullable(live().issues.get(id));
        }

        @Override
        public boolean exists(IssueId id) {
            return live().issues.containsKey(id);
        }

        @Override
        public List<Issue> findAll(Collection<IssueId> ids) {
            return InMemoryIssueRepository.findAll(live(), ids);
        }

        @Override
        public void put(Issue issue, AuditEvent event) {
            live().put(Objects.requireNonNull(issue, "issue"), Objects.requireNonNull(event, "event"));
        }

        @Override
        public void putAll(List<Change> changes) {
            for (Change c : changes) {
                put(c.issue(), c.event());
            }
        }

        @Override
        public void forEachIssue(Consumer<Issue> each) {
            List<Issue> all = new ArrayList<>(live().issues.values());
            all.sort(IssueSource.ORDER);
            all.forEach(each);
        }

        @Override
        public int count() {
            return live().issues.size();
        }

        @Override
        public List<IssueId> dirtyIds() {
            return List.copyOf(live().dirty);
        }

        @Override
        public void clearDirty(Collection<IssueId> ids) {
            live().dirty.removeAll(ids);
        }

        @Override
        public void setMetadata(Map<String, String> values) {
            live().metadata.putAll(values);
        }

        @Override
        public void setConfig(String key, String value) {
            live().config.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        }

        @Override
        public boolean unsetConfig(String key) {
            return live().config.remove(key) != null;
        }

        @Override
        public List<String> records() {
            return live().records;
        }

        @Override
        public void replaceRecords(List<String> records) {
            live().records = List.copyOf(records);
        }

        private MemoryState live() {
            if (!open) {
                throw new IllegalStateException("IssueWriter used after its write() returned");
            }
            return draft;
        }
    }
}
