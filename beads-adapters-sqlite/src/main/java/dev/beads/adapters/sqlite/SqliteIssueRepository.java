package dev.beads.adapters.sqlite;

import dev.beads.adapters.sqlite.Blocking.ReadyStrategy;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.LabelCount;
import dev.beads.core.model.WorkFilter;
import dev.beads.core.port.IssueRepository;
import dev.beads.core.port.IssueWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@link IssueRepository} on one SQLite file (sqlite-jdbc). Thread-safe. */
final class SqliteIssueRepository implements IssueRepository {
    /** For {@code exists}: the issue's row. */
    static final String ISSUE_BY_ID = "SELECT 1 FROM issues WHERE id = ?";

    /** Edges whose issue is not a tombstone. */
    private static final String LIVE_EDGES = "SELECT " + IssueChildren.DEPENDENCY_COLUMNS
            + " FROM dependencies JOIN issues ON issues.id = dependencies.issue_id WHERE issues.status <> 'tombstone'";

    private static final String DEPENDENTS = LIVE_EDGES + " AND dependencies.depends_on_id = ?"
            + " ORDER BY dependencies.created_ns, dependencies.issue_id, dependencies.seq";

    private final Database db;
    private final WorkQueries work;

    SqliteIssueRepository(Database db, ReadyStrategy strategy) {
        this.db = db;
        this.work = new WorkQueries(new Blocking(strategy));
    }

    static SqliteIssueRepository open(Path file, ReadyStrategy strategy) {
        return new SqliteIssueRepository(Database.open(file), strategy);
    }

    @Override
    public <T> T write(Function<IssueWriter, T> work) {
        return db.write(s -> {
            SqliteIssueWriter writer = new SqliteIssueWriter(s, db.file());
            try {
                return work.apply(writer);
            } finally {
                writer.invalidate();
            }
        });
    }

    @Override
    public Optional<Issue> find(IssueId id) {
        return db.read("reading issue " + id, s -> IssueLoader.find(s, id));
    }

    @Override
    public List<Issue> findAll(Collection<IssueId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read("reading issues", s -> IssueLoader.byIds(s, Sql.ids(ids)));
    }

    @Override
    public boolean exists(IssueId id) {
        return db.read("reading issue " + id, s -> s.exists(ISSUE_BY_ID, id.value()));
    }

    @Override
    public List<IssueId> idsContaining(String fragment, int limit) {
        Sql.Fragment matches = Sql.containsIgnoreCase("id", fragment);
        String query =
                "SELECT id FROM issues WHERE " + matches.sql() + " ORDER BY id" + (limit > 0 ? " LIMIT " + limit : "");
        return db.read("searching ids", s -> s.query(query, matches.binds(), rs -> IssueId.stored(rs.getString(1))));
    }

    @Override
    public List<Issue> list(IssueFilter filter) {
        return db.read(
                "listing issues",
                s -> IssueLoader.load(
                        s,
                        IssueFilters.condition(filter),
                        IssueFilters.order(filter.sort(), filter.reverse()),
                        filter.limit()));
    }

    @Override
    public List<Issue> all() {
        return db.read("reading all issues", IssueLoader::all);
    }

    @Override
    public void forEachIssue(Consumer<Issue> each) {
        db.read("reading all issues", s -> {
            IssueLoader.forEach(s, each);
            return null;
        });
    }

    @Override
    public List<Issue> ready(WorkFilter filter, OffsetDateTime now) {
        return db.read("finding ready work", s -> work.ready(s, filter, now));
    }

    @Override
    public List<BlockedIssue> blocked(WorkFilter filter) {
        return db.read("finding blocked issues", s -> work.blocked(s, filter));
    }

    @Override
    public List<Dependency> dependents(IssueId id) {
        return db.read(
                "reading dependents of " + id,
                s -> s.query(DEPENDENTS, List.of(id.value()), IssueChildren::dependency));
    }

    @Override
    public List<Dependency> allDependencies() {
        return db.read(
                "reading dependencies",
                s -> s.query(
                        LIVE_EDGES + " ORDER BY dependencies.issue_id, dependencies.seq",
                        List.of(),
                        IssueChildren::dependency));
    }

    @Override
    public List<LabelCount> labelCounts() {
        return db.read(
                "counting labels",
                s -> s.query(
                        "SELECT labels.label, count(*) FROM labels JOIN issues ON issues.id = labels.issue_id"
                                + " WHERE issues.status <> 'tombstone' GROUP BY labels.label ORDER BY labels.label",
                        List.of(),
                        rs -> new LabelCount(rs.getString(1), rs.getInt(2))));
    }

    @Override
    public int countTopLevel(String prefix) {
        // [prefix-, prefix.) is exactly the ids starting with "prefix-" ('.' follows '-'); prefixes hold no '.', so
        // "no '.' at all" means top-level, and the condition matches the partial index issues_top_level (V3) exactly.
        return db.read(
                "counting issues",
                s -> s.query(
                                "SELECT count(*) FROM issues WHERE instr(id, '.') = 0 AND id >= ? AND id < ?",
                                List.of(prefix + "-", prefix + "."),
                                rs -> rs.getInt(1))
                        .get(0));
    }

    @Override
    public List<AuditEvent> events(IssueId id) {
        return db.read(
                "reading events of " + id,
                s -> s.query(
                        "SELECT issue_id, event_type, actor, old_value, new_value, comment, created_at FROM events"
                                + " WHERE issue_id = ? ORDER BY id",
                        List.of(id.value()),
                        rs -> new AuditEvent(
                                IssueId.stored(rs.getString(1)),
                                EventType.fromWireName(rs.getString(2)),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                Times.parse(rs.getString(7)))));
    }

    @Override
    public List<String> records() {
        return db.read("reading the JSONL records", JsonlRecords::all);
    }

    @Override
    public List<IssueId> dirtyIds() {
        return db.read("reading dirty issues", Bookkeeping::dirtyIds);
    }

    @Override
    public void clearDirty(Collection<IssueId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        db.write(s -> translated("clearing dirty flags", () -> {
            Bookkeeping.clearDirty(s, ids);
            return null;
        }));
    }

    @Override
    public Optional<String> config(String key) {
        return db.read("reading config " + key, s -> value(s, "SELECT value FROM config WHERE key = ?", key));
    }

    @Override
    public Map<String, String> configs() {
        return db.read("reading config", s -> {
            Map<String, String> out = new TreeMap<>();
            s.each("SELECT key, value FROM config", List.of(), rs -> out.put(rs.getString(1), rs.getString(2)));
            return Collections.unmodifiableMap(out);
        });
    }

    @Override
    public Optional<String> metadata(String key) {
        return db.read("reading metadata " + key, s -> value(s, "SELECT value FROM metadata WHERE key = ?", key));
    }

    @Override
    public void setMetadata(String key, String value) {
        setMetadata(Map.of(key, value));
    }

    @Override
    public void setMetadata(Map<String, String> values) {
        db.write(s -> translated("setting metadata " + values.keySet(), () -> {
            Bookkeeping.setMetadata(s, values);
            return null;
        }));
    }

    /** The one value {@code query} (with its one parameter {@code key}) selects, if any. */
    private static Optional<String> value(Session s, String query, String key) {
        List<String> values = s.query(query, List.of(key), rs -> rs.getString(1));
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private <T> T translated(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (SqlFailure e) {
            throw SqliteErrors.translate(db.file(), what, e);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
