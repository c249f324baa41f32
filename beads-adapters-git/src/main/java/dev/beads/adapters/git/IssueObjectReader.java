package dev.beads.adapters.git;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads one issue object with Jackson's streaming parser (no trees): each known key has a reader in a table; any
 * other key is kept, in file order, as {@link RawJson} in the issue's {@code extra}. Stateless and thread-safe.
 */
final class IssueObjectReader {
    @FunctionalInterface
    private interface FieldReader {
        void read(JsonParser parser, IssueDraft draft) throws IOException;
    }

    private static final Map<String, FieldReader> FIELDS = fields();

    /**
     * Reads the object whose {@code START_OBJECT} is the parser's current token, leaving the parser on its
     * {@code END_OBJECT}.
     *
     * @return the issue, or null when the object is another record ({@link IssueDraft#isRecord()}), which the caller
     *     keeps verbatim
     * @throws JsonlProblem for a known key whose value has the wrong JSON type
     * @throws IOException for invalid JSON (Jackson's {@code StreamReadException})
     * @throws dev.beads.core.error.InvalidInputException for values the model rejects
     */
    Issue readObject(JsonParser parser) throws IOException {
        IssueDraft draft = new IssueDraft();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            FieldReader reader = FIELDS.get(key);
            if (reader != null) {
                reader.read(parser, draft);
            } else {
                draft.extra(key, RawJsonText.read(parser));
            }
        }
        return draft.isRecord() ? null : draft.build();
    }

    private static Map<String, FieldReader> fields() {
        Map<String, FieldReader> m = new HashMap<>();
        m.put("id", (p, d) -> d.id = JsonReads.string(p, "id"));
        m.put("title", (p, d) -> d.title = JsonReads.string(p, "title"));
        text(m, "description", Issue.Builder::description);
        text(m, "design", Issue.Builder::design);
        text(m, "acceptance_criteria", Issue.Builder::acceptanceCriteria);
        text(m, "notes", Issue.Builder::notes);
        // Go bd's import defaults (types.Issue.SetDefaults): an empty status is open, an empty type is task.
        text(m, "status", (b, s) -> b.status(s.isEmpty() ? Status.OPEN : KnownValues.status(s)));
        m.put("priority", (p, d) -> d.builder.priority(KnownValues.priority(JsonReads.priority(p))));
        text(m, "issue_type", (b, s) -> b.issueType(s.isEmpty() ? IssueType.TASK : KnownValues.issueType(s)));
        text(m, "assignee", Issue.Builder::assignee);
        m.put(
                "estimated_minutes",
                (p, d) -> d.builder.estimatedMinutes(JsonReads.optionalInteger(p, "estimated_minutes")));
        requiredTime(m, "created_at", Issue.Builder::createdAt);
        text(m, "created_by", Issue.Builder::createdBy);
        requiredTime(m, "updated_at", Issue.Builder::updatedAt);
        time(m, "closed_at", Issue.Builder::closedAt);
        text(m, "close_reason", Issue.Builder::closeReason);
        text(m, "external_ref", Issue.Builder::externalRef);
        m.put("compaction_level", (p, d) -> d.builder.compactionLevel(JsonReads.integer(p, "compaction_level")));
        time(m, "compacted_at", Issue.Builder::compactedAt);
        text(m, "compacted_at_commit", Issue.Builder::compactedAtCommit);
        m.put("original_size", (p, d) -> d.builder.originalSize(JsonReads.integer(p, "original_size")));
        m.put("labels", (p, d) -> d.builder.labels(JsonReads.strings(p, "labels")));
        m.put("dependencies", (p, d) -> d.dependencies = NestedReads.dependencies(p));
        m.put("comments", (p, d) -> d.comments = NestedReads.comments(p));
        time(m, "deleted_at", Issue.Builder::deletedAt);
        text(m, "deleted_by", Issue.Builder::deletedBy);
        text(m, "delete_reason", Issue.Builder::deleteReason);
        text(m, "original_type", Issue.Builder::originalType);
        goExtensionFields(m);
        return Map.copyOf(m);
    }

    /** The fields Go bd added for messaging, molecules, gates and formulas (v0.30 on). */
    private static void goExtensionFields(Map<String, FieldReader> m) {
        text(m, "sender", Issue.Builder::sender);
        flag(m, "ephemeral", Issue.Builder::ephemeral);
        flag(m, "pinned", Issue.Builder::pinned);
        flag(m, "is_template", Issue.Builder::isTemplate);
        raw(m, "bonded_from", Issue.Builder::bondedFrom);
        raw(m, "creator", Issue.Builder::creator);
        raw(m, "validations", Issue.Builder::validations);
        text(m, "await_type", Issue.Builder::awaitType);
        text(m, "await_id", Issue.Builder::awaitId);
        raw(m, "timeout", Issue.Builder::timeout);
        raw(m, "waiters", Issue.Builder::waiters);
        text(m, "source_formula", Issue.Builder::sourceFormula);
        text(m, "source_location", Issue.Builder::sourceLocation);
    }

    private static void text(Map<String, FieldReader> m, String key, BiConsumer<Issue.Builder, String> setter) {
        m.put(key, (p, d) -> setter.accept(d.builder, JsonReads.string(p, key)));
    }

    private static void time(Map<String, FieldReader> m, String key, BiConsumer<Issue.Builder, OffsetDateTime> setter) {
        m.put(key, (p, d) -> setter.accept(d.builder, JsonReads.timestamp(p, key)));
    }

    /** A Go {@code time.Time} (not a pointer): JSON null leaves the zero time. */
    private static void requiredTime(
            Map<String, FieldReader> m, String key, BiConsumer<Issue.Builder, OffsetDateTime> setter) {
        m.put(key, (p, d) -> {
            OffsetDateTime value = JsonReads.timestamp(p, key);
            setter.accept(d.builder, value == null ? JsonReads.GO_ZERO_TIME : value);
        });
    }

    private static void flag(Map<String, FieldReader> m, String key, BiConsumer<Issue.Builder, Boolean> setter) {
        m.put(key, (p, d) -> setter.accept(d.builder, JsonReads.bool(p, key)));
    }

    private static void raw(Map<String, FieldReader> m, String key, BiConsumer<Issue.Builder, RawJson> setter) {
        m.put(key, (p, d) -> setter.accept(d.builder, JsonReads.raw(p)));
    }
}
