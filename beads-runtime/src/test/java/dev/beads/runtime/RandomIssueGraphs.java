package dev.beads.runtime;

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
import java.util.Random;
import java.util.Set;

/** Random but valid issue graphs: every field kind, awkward text, offsets, edges of every type, comments. */
final class RandomIssueGraphs {
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

    private final Random random;
    private long nextCommentId = 1;

    RandomIssueGraphs(long seed) {
        this.random = new Random(seed);
    }

    List<Issue> graph(int size) {
        List<IssueId> ids = ids(size);
        List<Issue> issues = new ArrayList<>();
        for (IssueId id : ids) {
            issues.add(issue(id, ids));
        }
        return issues;
    }

    private List<IssueId> ids(int size) {
        Set<IssueId> ids = new HashSet<>();
        List<IssueId> ordered = new ArrayList<>();
        while (ordered.size() < size) {
            IssueId id = random.nextInt(5) == 0 && !ordered.isEmpty()
                    ? ordered.get(random.nextInt(ordered.size())).child(1 + random.nextInt(9))
                    : IssueId.of("bd-" + Long.toString(random.nextLong(36L * 36 * 36 * 36), 36));
            if (id.depth() <= 3 && ids.add(id)) {
                ordered.add(id);
            }
        }
        return ordered;
    }

    private Issue issue(IssueId id, List<IssueId> all) {
        OffsetDateTime created = time();
        OffsetDateTime updated = created.plusNanos(random.nextLong(1_000_000_000_000L));
        Status status = Status.of(pick(STATUSES));
        IssueType type = IssueType.of(pick(TYPES));
        Issue.Builder b = Issue.builder()
                .id(id)
                .title(text(1 + random.nextInt(4)))
                .description(maybe(text(random.nextInt(8))))
                .design(maybe(text(3)))
                .acceptanceCriteria(maybe(text(2)))
                .notes(maybe(text(2)))
                .status(status)
                .priority(Priority.of(random.nextInt(5)))
                .issueType(type)
                .assignee(maybe("agent-" + random.nextInt(3)))
                .estimatedMinutes(random.nextBoolean() ? null : random.nextInt(500))
                .createdAt(created)
                .createdBy(maybe("alice"))
                .updatedAt(updated)
                .externalRef(maybe("gh-" + random.nextInt(99)))
                .labels(labels())
                .dependencies(dependencies(id, all, created))
                .comments(comments(id, created))
                .pinned(random.nextInt(8) == 0)
                .ephemeral(random.nextInt(8) == 0)
                .sender(maybe("Steve"))
                .extra(extra());
        if (status.equals(Status.CLOSED)) {
            b.closedAt(updated).closeReason(maybe(text(2)));
        }
        if (status.equals(Status.TOMBSTONE)) {
            b.deletedAt(updated).deletedBy("batch delete").deleteReason(text(1)).originalType(type.name());
        }
        return b.build();
    }

    private List<Dependency> dependencies(IssueId id, List<IssueId> all, OffsetDateTime created) {
        List<Dependency> deps = new ArrayList<>();
        Set<IssueId> targets = new HashSet<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            IssueId target = all.get(random.nextInt(all.size()));
            if (!target.equals(id) && targets.add(target)) {
                Map<String, RawJson> extra = random.nextBoolean() ? Map.of("metadata", RawJson.of("\"{}\"")) : Map.of();
                deps.add(new Dependency(
                        id,
                        target,
                        DependencyType.of(pick(DEP_TYPES)),
                        created.plusSeconds(i),
                        maybe("daemon"),
                        extra));
            }
        }
        return deps;
    }

    private List<Comment> comments(IssueId id, OffsetDateTime created) {
        List<Comment> comments = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            comments.add(new Comment(
                    nextCommentId++, id, maybe("bob"), text(1 + random.nextInt(5)), created.plusMinutes(i + 1)));
        }
        return comments;
    }

    private List<String> labels() {
        List<String> labels = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            labels.add("label-" + random.nextInt(6));
        }
        return labels;
    }

    private Map<String, RawJson> extra() {
        Map<String, RawJson> extra = new LinkedHashMap<>();
        if (random.nextInt(4) == 0) {
            extra.put("zz_custom", RawJson.of("{\"k\":[1,2,\"v\"]}"));
        }
        if (random.nextInt(4) == 0) {
            extra.put("agent_state", RawJson.of("\"idle\""));
        }
        return extra;
    }

    private OffsetDateTime time() {
        Instant instant =
                Instant.ofEpochSecond(1_700_000_000L + random.nextInt(50_000_000), random.nextInt(1_000_000_000));
        int offsetMinutes = (random.nextInt(27) - 12) * 60 + (random.nextBoolean() ? 0 : 30);
        return instant.atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    }

    private String text(int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(i == 0 ? "" : " ").append(pick(WORDS));
        }
        return sb.toString();
    }

    private String maybe(String value) {
        return random.nextBoolean() ? value : "";
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
