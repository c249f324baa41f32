package dev.beads.testkit.gen;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Random issues for codec properties: every field, strings full of what escaping must get right ({@link
 * Texts#tricky}: quotes, control characters, {@code < > &}, U+2028, non-ASCII, emoji), random offsets and
 * nanoseconds, unknown keys, an unknown status. Issues need not be valid (edges point anywhere, tombstones may lack
 * a close time): a codec keeps what it is given. Raw JSON values are generated in canonical form ({@link Json}), so
 * that records compare equal after a round trip.
 */
public final class RandomIssues {
    private static final String[] STATUSES = {"open", "in_progress", "blocked", "closed", "tombstone", "deferred", "x"};
    private static final String[] TYPES = {"bug", "feature", "task", "epic", "chore", "molecule"};
    private static final String[] DEP_TYPES = {"blocks", "related", "parent-child", "discovered-from", "supersedes"};

    private final Gen gen;

    public RandomIssues(Gen gen) {
        this.gen = gen;
    }

    /** Up to {@code max} issues (ids may repeat). */
    public List<Issue> issues(int max) {
        return gen.list(max, this::issue);
    }

    public Issue issue() {
        IssueId id = id();
        Status status = Status.of(gen.pick(STATUSES));
        boolean closed = status.equals(Status.CLOSED) || (status.equals(Status.TOMBSTONE) && gen.present());
        return Issue.builder()
                .id(id)
                .title("T" + text(20))
                .description(gen.maybe(() -> text(40)))
                .design(gen.maybe(() -> text(10)))
                .acceptanceCriteria(gen.maybe(() -> text(10)))
                .notes(gen.maybe(() -> text(10)))
                .status(status)
                .priority(Priority.of(gen.between(0, 4)))
                .issueType(IssueType.of(gen.pick(TYPES)))
                .assignee(gen.maybe(() -> text(8)))
                .estimatedMinutes(gen.maybeNull(() -> gen.oneIn(3) ? 0 : gen.between(0, 9_999)))
                .createdAt(time())
                .createdBy(gen.maybe(() -> text(8)))
                .updatedAt(time())
                .closedAt(closed ? time() : null)
                .closeReason(gen.maybe(() -> text(8)))
                .externalRef(gen.maybe(() -> text(8)))
                .compactionLevel(gen.between(0, 2))
                .compactedAt(gen.maybeNull(this::time))
                .compactedAtCommit(gen.maybe(() -> text(8)))
                .originalSize(gen.coin() ? 0 : gen.between(0, 99_999))
                .labels(gen.list(4, () -> text(6)))
                .dependencies(gen.list(3, () -> dependency(id)))
                .comments(gen.list(3, () -> comment(id)))
                .deletedAt(gen.maybeNull(this::time))
                .deletedBy(gen.maybe(() -> text(5)))
                .deleteReason(gen.maybe(() -> text(5)))
                .originalType(gen.maybe(() -> gen.pick(TYPES)))
                .sender(gen.maybe(() -> text(5)))
                .ephemeral(gen.present())
                .pinned(gen.present())
                .isTemplate(gen.present())
                .bondedFrom(maybeJson())
                .creator(maybeJson())
                .validations(maybeJson())
                .awaitType(gen.maybe(() -> text(5)))
                .awaitId(gen.maybe(() -> text(5)))
                .timeout(maybeJson())
                .waiters(maybeJson())
                .sourceFormula(gen.maybe(() -> text(5)))
                .sourceLocation(gen.maybe(() -> text(5)))
                .extra(extra())
                .build();
    }

    /** A hash-style id of 3 to 8 base36 characters, a child id ({@code .N}) one time in four. */
    public IssueId id() {
        StringBuilder id = new StringBuilder("bd-");
        int length = 3 + gen.below(6);
        for (int i = 0; i < length; i++) {
            id.append(Character.forDigit(gen.below(36), 36));
        }
        return IssueId.of(gen.oneIn(4) ? id + "." + (1 + gen.below(9)) : id.toString());
    }

    private Dependency dependency(IssueId from) {
        IssueId to = id();
        if (to.equals(from)) {
            to = IssueId.of(from.value() + "x");
        }
        Map<String, RawJson> extra = gen.present() ? Map.of("metadata", json(2)) : Map.of();
        return new Dependency(
                from, to, DependencyType.of(gen.pick(DEP_TYPES)), time(), gen.maybe(() -> text(6)), extra);
    }

    private Comment comment(IssueId on) {
        long id = gen.oneIn(3) ? 0 : gen.between(1L, Long.MAX_VALUE);
        return new Comment(id, on, gen.maybe(() -> text(6)), text(30), time());
    }

    /** Up to two keys no issue field has (they start with {@code x_}; no known key does). */
    private Map<String, RawJson> extra() {
        Map<String, RawJson> extra = new LinkedHashMap<>();
        int n = gen.size(2);
        for (int i = 0; i < n; i++) {
            extra.put("x_" + text(5), json(3));
        }
        return extra;
    }

    public OffsetDateTime time() {
        return Times.any(gen);
    }

    /** {@link Texts#tricky} text of up to {@code max} code points. */
    public String text(int max) {
        return Texts.tricky(gen, max);
    }

    /** A value for a Go field: absent, or any JSON but a top-level null (which is the same as absent). */
    private RawJson maybeJson() {
        if (!gen.present()) {
            return null;
        }
        RawJson value = json(2);
        return value.json().equals("null") ? RawJson.of("[]") : value;
    }

    /** A canonical JSON value nested up to {@code depth}. */
    public RawJson json(int depth) {
        return RawJson.of(Json.value(gen, depth));
    }
}
