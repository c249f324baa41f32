package dev.beads.adapters.git;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random issues for property tests: every field, strings full of what escaping must get right (quotes, control
 * characters, {@code < > &}, U+2028, non-ASCII, emoji), random offsets and nanoseconds, unknown keys. Raw JSON
 * values are generated in canonical form (as the codec reads them), so that records compare equal after a round
 * trip.
 */
final class RandomIssues {
    private static final int[] SPECIAL = {
        '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', 0, 1, 0x1f, 0x7f, '<', '>', '&', 0x2028, 0x2029, 0xe9, 0x65e5,
        0xfffd, 0x1f600, 0x10ffff, ' '
    };
    private static final String[] STATUSES = {"open", "in_progress", "blocked", "closed", "tombstone", "deferred", "x"};
    private static final String[] TYPES = {"bug", "feature", "task", "epic", "chore", "molecule"};
    private static final String[] DEP_TYPES = {"blocks", "related", "parent-child", "discovered-from", "supersedes"};

    private final Random random;

    RandomIssues(Random random) {
        this.random = random;
    }

    List<Issue> issues(int max) {
        List<Issue> issues = new ArrayList<>();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            issues.add(issue());
        }
        return issues;
    }

    Issue issue() {
        IssueId id = id();
        Status status = Status.of(pick(STATUSES));
        boolean closed = status.equals(Status.CLOSED) || (status.equals(Status.TOMBSTONE) && random.nextBoolean());
        return Issue.builder()
                .id(id)
                .title("T" + text(20))
                .description(maybe(text(40)))
                .design(maybe(text(10)))
                .acceptanceCriteria(maybe(text(10)))
                .notes(maybe(text(10)))
                .status(status)
                .priority(Priority.of(random.nextInt(5)))
                .issueType(IssueType.of(pick(TYPES)))
                .assignee(maybe(text(8)))
                .estimatedMinutes(random.nextBoolean() ? null : random.nextInt(3) == 0 ? 0 : random.nextInt(10_000))
                .createdAt(time())
                .createdBy(maybe(text(8)))
                .updatedAt(time())
                .closedAt(closed ? time() : null)
                .closeReason(maybe(text(8)))
                .externalRef(maybe(text(8)))
                .compactionLevel(random.nextInt(3))
                .compactedAt(random.nextBoolean() ? time() : null)
                .compactedAtCommit(maybe(text(8)))
                .originalSize(random.nextBoolean() ? 0 : random.nextInt(100_000))
                .labels(list(4, () -> text(6)))
                .dependencies(list(3, () -> dependency(id)))
                .comments(list(3, () -> comment(id)))
                .deletedAt(random.nextBoolean() ? time() : null)
                .deletedBy(maybe(text(5)))
                .deleteReason(maybe(text(5)))
                .originalType(maybe(pick(TYPES)))
                .sender(maybe(text(5)))
                .ephemeral(random.nextBoolean())
                .pinned(random.nextBoolean())
                .isTemplate(random.nextBoolean())
                .bondedFrom(maybeJson())
                .creator(maybeJson())
                .validations(maybeJson())
                .awaitType(maybe(text(5)))
                .awaitId(maybe(text(5)))
                .timeout(maybeJson())
                .waiters(maybeJson())
                .sourceFormula(maybe(text(5)))
                .sourceLocation(maybe(text(5)))
                .extra(extra())
                .build();
    }

    private IssueId id() {
        StringBuilder id = new StringBuilder("bd-");
        int length = 3 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
            id.append(Character.forDigit(random.nextInt(36), 36));
        }
        return IssueId.of(random.nextInt(4) == 0 ? id + "." + (1 + random.nextInt(9)) : id.toString());
    }

    private Dependency dependency(IssueId from) {
        IssueId to = id();
        if (to.equals(from)) {
            to = IssueId.of(from.value() + "x");
        }
        Map<String, RawJson> extra = random.nextBoolean() ? Map.of() : Map.of("metadata", json(2));
        return new Dependency(from, to, DependencyType.of(pick(DEP_TYPES)), time(), maybe(text(6)), extra);
    }

    private Comment comment(IssueId on) {
        return new Comment(
                random.nextInt(3) == 0 ? 0 : random.nextLong(1, Long.MAX_VALUE), on, maybe(text(6)), text(30), time());
    }

    private Map<String, RawJson> extra() {
        Map<String, RawJson> extra = new LinkedHashMap<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String key = "x_" + text(5);
            if (!IssueLineWriter.KNOWN_KEYS.contains(key)) {
                extra.put(key, json(3));
            }
        }
        return extra;
    }

    OffsetDateTime time() {
        long second = random.nextLong(
                Instant.parse("1970-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2100-01-01T00:00:00Z").getEpochSecond());
        int nanos = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
        };
        ZoneOffset offset = random.nextInt(3) == 0
                ? ZoneOffset.UTC
                : ZoneOffset.ofTotalSeconds(60 * (random.nextInt(2 * 14 * 60 + 1) - 14 * 60));
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, nanos), offset);
    }

    /** Text of up to {@code max} code points, a third of them special characters. */
    String text(int max) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            int r = random.nextInt(3);
            if (r == 0) {
                sb.appendCodePoint(SPECIAL[random.nextInt(SPECIAL.length)]);
            } else if (r == 1) {
                sb.append((char) ('a' + random.nextInt(26)));
            } else {
                int cp = random.nextInt(0x20, 0x10ffff);
                sb.appendCodePoint(cp >= 0xd800 && cp <= 0xdfff ? 'z' : cp);
            }
        }
        return sb.toString();
    }

    /** A value for a Go field: absent, or any JSON but a top-level null (which is the same as absent). */
    private RawJson maybeJson() {
        if (random.nextBoolean()) {
            return null;
        }
        RawJson value = json(2);
        return value.json().equals("null") ? RawJson.of("[]") : value;
    }

    /** A canonical JSON value (Go escaping, compact) nested up to {@code depth}. */
    RawJson json(int depth) {
        GoJsonBuffer out = new GoJsonBuffer(16);
        appendJson(out, depth);
        return RawJson.of(out.content());
    }

    private void appendJson(GoJsonBuffer out, int depth) {
        switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0 -> out.appendString(text(8));
            case 1 -> out.appendAscii(Long.toString(random.nextLong()));
            case 2 -> out.appendAscii(pick(new String[] {"1.50", "-0", "1e9", "2.5E-3", "0.0"}));
            case 3 -> out.appendAscii(pick(new String[] {"true", "false"}));
            case 4 -> out.appendAscii("null");
            case 5 -> appendArray(out, depth);
            default -> appendObject(out, depth);
        }
    }

    private void appendArray(GoJsonBuffer out, int depth) {
        out.append((byte) '[');
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append((byte) ',');
            }
            appendJson(out, depth - 1);
        }
        out.append((byte) ']');
    }

    private void appendObject(GoJsonBuffer out, int depth) {
        out.append((byte) '{');
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append((byte) ',');
            }
            out.appendString("k" + i + text(3));
            out.append((byte) ':');
            appendJson(out, depth - 1);
        }
        out.append((byte) '}');
    }

    private String maybe(String value) {
        return random.nextBoolean() ? "" : value;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> List<T> list(int max, java.util.function.Supplier<T> element) {
        List<T> values = new ArrayList<>();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            values.add(element.get());
        }
        return values;
    }
}
