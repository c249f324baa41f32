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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Random but valid issue graphs, as a store holds them: distinct ids (children among them), every field kind,
 * awkward text ({@code <script>}, {@code &}, non-ASCII, emoji, tabs, newlines, quotes, backslashes, U+2028, control
 * characters), offsets and nanoseconds, edges of every type between issues of the graph, comments with distinct
 * ids, unknown keys. Closed issues have a close time, tombstones their deletion fields.
 */
public final class RandomIssueGraphs {
    private static final String[] WORDS = {
        "fix",
        "the",
        "<script>",
        "a & b",
        "naïve",
        "日本語",
        "emoji 🐛",
        "tab\there",
        "line\nbreak",
        "quote\"d",
        "back\\slash",
        "\u2028sep",
        "ctl\u0001",
        "x > y",
        "plain"
    };
    private static final String[] STATUSES = {"open", "in_progress", "blocked", "closed", "tombstone", "deferred"};
    private static final String[] TYPES = {"bug", "feature", "task", "epic", "chore", "molecule"};
    private static final String[] DEP_TYPES = {"blocks", "related", "parent-child", "discovered-from", "supersedes"};

    private final Gen gen;
    private long nextCommentId = 1;

    public RandomIssueGraphs(Gen gen) {
        this.gen = gen;
    }

    /** A graph of {@code size} issues. */
    public List<Issue> graph(int size) {
        List<IssueId> ids = ids(size);
        List<Issue> issues = new ArrayList<>();
        for (IssueId id : ids) {
            issues.add(issue(id, ids));
        }
        return issues;
    }

    /** Distinct ids; a fifth are children (up to depth 3) of ids drawn before. */
    private List<IssueId> ids(int size) {
        Set<IssueId> ids = new HashSet<>();
        List<IssueId> ordered = new ArrayList<>();
        while (ordered.size() < size) {
            IssueId id = gen.oneIn(5) && !ordered.isEmpty()
                    ? ordered.get(gen.below(ordered.size())).child(1 + gen.below(9))
                    : IssueId.of("bd-" + Long.toString(gen.below(36 * 36 * 36 * 36), 36));
            if (id.depth() <= 3 && ids.add(id)) {
                ordered.add(id);
            }
        }
        return ordered;
    }

    private Issue issue(IssueId id, List<IssueId> all) {
        OffsetDateTime created = time();
        OffsetDateTime updated = created.plusNanos(gen.between(0L, 999_999_999_999L));
        Status status = Status.of(gen.pick(STATUSES));
        IssueType type = IssueType.of(gen.pick(TYPES));
        Issue.Builder b = Issue.builder()
                .id(id)
                .title(text(gen.between(1, 4)))
                .description(gen.maybe(() -> text(gen.size(7))))
                .design(gen.maybe(() -> text(3)))
                .acceptanceCriteria(gen.maybe(() -> text(2)))
                .notes(gen.maybe(() -> text(2)))
                .status(status)
                .priority(Priority.of(gen.between(0, 4)))
                .issueType(type)
                .assignee(gen.maybe(() -> "agent-" + gen.below(3)))
                .estimatedMinutes(gen.maybeNull(() -> gen.between(0, 499)))
                .createdAt(created)
                .createdBy(gen.maybe(() -> "alice"))
                .updatedAt(updated)
                .externalRef(gen.maybe(() -> "gh-" + gen.below(99)))
                .labels(gen.list(2, () -> "label-" + gen.below(6)))
                .dependencies(dependencies(id, all, created))
                .comments(comments(id, created))
                .pinned(gen.oneIn(8))
                .ephemeral(gen.oneIn(8))
                .sender(gen.maybe(() -> "Steve"))
                .extra(extra());
        if (status.equals(Status.CLOSED)) {
            b.closedAt(updated).closeReason(gen.maybe(() -> text(2)));
        }
        if (status.equals(Status.TOMBSTONE)) {
            b.deletedAt(updated).deletedBy("batch delete").deleteReason(text(1)).originalType(type.name());
        }
        return b.build();
    }

    /** Up to two edges to other issues of the graph, at most one per target. */
    private List<Dependency> dependencies(IssueId id, List<IssueId> all, OffsetDateTime created) {
        List<Dependency> deps = new ArrayList<>();
        Set<IssueId> targets = new HashSet<>();
        int count = gen.size(2);
        for (int i = 0; i < count; i++) {
            IssueId target = all.get(gen.below(all.size()));
            if (!target.equals(id) && targets.add(target)) {
                Map<String, RawJson> extra = gen.present() ? Map.of("metadata", RawJson.of("\"{}\"")) : Map.of();
                deps.add(new Dependency(
                        id,
                        target,
                        DependencyType.of(gen.pick(DEP_TYPES)),
                        created.plusSeconds(i),
                        gen.maybe(() -> "daemon"),
                        extra));
            }
        }
        return deps;
    }

    private List<Comment> comments(IssueId id, OffsetDateTime created) {
        List<Comment> comments = new ArrayList<>();
        int count = gen.size(2);
        for (int i = 0; i < count; i++) {
            comments.add(new Comment(
                    nextCommentId++, id, gen.maybe(() -> "bob"), text(gen.between(1, 5)), created.plusMinutes(i + 1)));
        }
        return comments;
    }

    private Map<String, RawJson> extra() {
        Map<String, RawJson> extra = new LinkedHashMap<>();
        if (gen.present() && gen.oneIn(2)) {
            extra.put("zz_custom", RawJson.of("{\"k\":[1,2,\"v\"]}"));
        }
        if (gen.present() && gen.oneIn(2)) {
            extra.put("agent_state", RawJson.of("\"idle\""));
        }
        return extra;
    }

    /** 2023 to 2025, at whole or half-hour offsets from -12:00 to +14:30, with any precision. */
    private OffsetDateTime time() {
        Instant instant = Instant.ofEpochSecond(1_700_000_000L + gen.between(0, 50_000_000), Times.nanos(gen));
        int offsetMinutes = (gen.between(0, 26) - 12) * 60 + (gen.coin() ? 0 : 30);
        return instant.atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    }

    private String text(int words) {
        return Texts.words(gen, WORDS, words);
    }
}
