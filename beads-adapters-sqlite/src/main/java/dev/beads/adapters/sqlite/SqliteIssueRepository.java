package dev.beads.adapters.sqlite;

import static dev.beads.adapters.sqlite.SqliteConnections.RENDER;
import static dev.beads.adapters.sqlite.schema.Tables.CONFIG;
import static dev.beads.adapters.sqlite.schema.Tables.DEPENDENCIES;
import static dev.beads.adapters.sqlite.schema.Tables.DIRTY_ISSUES;
import static dev.beads.adapters.sqlite.schema.Tables.EVENTS;
import static dev.beads.adapters.sqlite.schema.Tables.ISSUES;
import static dev.beads.adapters.sqlite.schema.Tables.LABELS;
import static dev.beads.adapters.sqlite.schema.Tables.METADATA;

import dev.beads.adapters.sqlite.Blocking.ReadyStrategy;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.LabelCount;
import dev.beads.core.model.Status;
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
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** {@link IssueRepository} on one SQLite file (sqlite-jdbc + jOOQ). Thread-safe. */
final class SqliteIssueRepository implements IssueRepository {
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
        return db.read("reading issue " + id, s -> s.dsl().fetchExists(ISSUES, ISSUES.ID.eq(id.value())));
    }

    @Override
    public List<IssueId> idsContaining(String fragment, int limit) {
        return db.read("searching ids", s -> {
            var query = s.dsl()
                    .select(ISSUES.ID)
                    .from(ISSUES)
                    .where(Sql.containsIgnoreCase(ISSUES.ID, fragment))
                    .orderBy(ISSUES.ID);
            return (limit > 0 ? query.limit(limit) : query)
                    .fetch(ISSUES.ID).stream().map(IssueId::of).toList();
        });
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
                s -> s.query(
                        liveEdges()
                                .and(DEPENDENCIES.DEPENDS_ON_ID.eq(id.value()))
                                .orderBy(DEPENDENCIES.CREATED_NS, DEPENDENCIES.ISSUE_ID, DEPENDENCIES.SEQ),
                        IssueChildren::dependency));
    }

    @Override
    public List<Dependency> allDependencies() {
        return db.read(
                "reading dependencies",
                s -> s.query(liveEdges().orderBy(DEPENDENCIES.ISSUE_ID, DEPENDENCIES.SEQ), IssueChildren::dependency));
    }

    /** Edges whose issue is not a tombstone. */
    private static SelectConditionStep<Record> liveEdges() {
        return RENDER.select(IssueChildren.DEPENDENCY_COLUMNS)
                .from(DEPENDENCIES)
                .join(ISSUES)
                .on(ISSUES.ID.eq(DEPENDENCIES.ISSUE_ID))
                .where(ISSUES.STATUS.ne(Status.TOMBSTONE.name()));
    }

    @Override
    public List<LabelCount> labelCounts() {
        return db.read(
                "counting labels",
                s -> s.dsl()
                        .select(LABELS.LABEL, DSL.count())
                        .from(LABELS)
                        .join(ISSUES)
                        .on(ISSUES.ID.eq(LABELS.ISSUE_ID))
                        .where(ISSUES.STATUS.ne(Status.TOMBSTONE.name()))
                        .groupBy(LABELS.LABEL)
                        .orderBy(LABELS.LABEL)
                        .fetch(r -> new LabelCount(r.value1(), r.value2())));
    }

    @Override
    public int countTopLevel(String prefix) {
        // [prefix-, prefix.) is exactly the ids starting with "prefix-" ('.' follows '-'); prefixes hold no '.', so
        // "no '.' at all" means top-level, and the condition matches the partial index issues_top_level (V3) exactly.
        return db.read(
                "counting issues",
                s -> s.dsl()
                        .fetchCount(
                                ISSUES,
                                DSL.condition("instr({0}, '.') = 0", ISSUES.ID)
                                        .and(ISSUES.ID.ge(prefix + "-"))
                                        .and(ISSUES.ID.lt(prefix + "."))));
    }

    @Override
    public List<AuditEvent> events(IssueId id) {
        return db.read(
                "reading events of " + id,
                s -> s.dsl()
                        .selectFrom(EVENTS)
                        .where(EVENTS.ISSUE_ID.eq(id.value()))
                        .orderBy(EVENTS.ID)
                        .fetch(r -> new AuditEvent(
                                IssueId.of(r.getIssueId()),
                                EventType.fromWireName(r.getEventType()),
                                r.getActor(),
                                r.getOldValue(),
                                r.getNewValue(),
                                r.getComment(),
                                Times.parse(r.getCreatedAt()))));
    }

    @Override
    public List<IssueId> dirtyIds() {
        return db.read(
                "reading dirty issues",
                s -> s.dsl()
                        .select(DIRTY_ISSUES.ISSUE_ID)
                        .from(DIRTY_ISSUES)
                        .orderBy(DIRTY_ISSUES.ISSUE_ID)
                        .fetch(r -> IssueId.of(r.value1())));
    }

    @Override
    public void clearDirty(Collection<IssueId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        db.write(s -> translated(
                "clearing dirty flags",
                () -> s.dsl()
                        .deleteFrom(DIRTY_ISSUES)
                        .where(Sql.in(DIRTY_ISSUES.ISSUE_ID, Sql.ids(ids)))
                        .execute()));
    }

    @Override
    public Optional<String> config(String key) {
        return db.read(
                "reading config " + key,
                s -> s.dsl()
                        .select(CONFIG.VALUE)
                        .from(CONFIG)
                        .where(CONFIG.KEY.eq(key))
                        .fetchOptional(CONFIG.VALUE));
    }

    @Override
    public Map<String, String> configs() {
        return db.read(
                "reading config",
                s -> Collections.unmodifiableMap(
                        new TreeMap<>(s.dsl().selectFrom(CONFIG).fetchMap(CONFIG.KEY, CONFIG.VALUE))));
    }

    @Override
    public Optional<String> metadata(String key) {
        return db.read(
                "reading metadata " + key,
                s -> s.dsl()
                        .select(METADATA.VALUE)
                        .from(METADATA)
                        .where(METADATA.KEY.eq(key))
                        .fetchOptional(METADATA.VALUE));
    }

    @Override
    public void setMetadata(String key, String value) {
        db.write(s -> translated(
                "setting metadata " + key,
                () -> s.dsl()
                        .insertInto(METADATA, METADATA.KEY, METADATA.VALUE)
                        .values(key, value)
                        .onConflict(METADATA.KEY)
                        .doUpdate()
                        .set(METADATA.VALUE, value)
                        .execute()));
    }

    private <T> T translated(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (DataAccessException e) {
            throw SqliteErrors.translate(db.file(), what, e);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
