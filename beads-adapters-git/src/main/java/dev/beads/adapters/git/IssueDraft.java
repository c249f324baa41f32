package dev.beads.adapters.git;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.RawJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line's fields while it is being read. Starts from Go's zero values, which {@code json.Unmarshal} leaves in
 * keys a line does not have, plus Go bd's import defaults: status {@code open}, type {@code task}, priority 0.
 */
final class IssueDraft {
    final Issue.Builder builder = Issue.builder()
            .priority(KnownValues.priority(0))
            .createdAt(JsonReads.GO_ZERO_TIME)
            .updatedAt(JsonReads.GO_ZERO_TIME);
    String id = "";
    String title = "";
    List<NestedReads.DependencyDraft> dependencies = List.of();
    List<NestedReads.CommentDraft> comments = List.of();
    private Map<String, RawJson> extra;

    void extra(String key, RawJson value) {
        if (extra == null) {
            extra = new LinkedHashMap<>();
        }
        extra.put(key, value);
    }

    /**
     * Whether the object is not an issue but another record of the file (DESIGN §3): it has no {@code id}, or a
     * {@code _type} other than {@code "issue"}.
     */
    boolean isRecord() {
        RawJson type = extra == null ? null : extra.get("_type");
        return id.isEmpty() || (type != null && !type.json().equals("\"issue\""));
    }

    /**
     * The issue, as written: what bd's rules would refuse from a command (no title, closed without
     * {@code closed_at}, ...) is kept, and the import reports it.
     */
    Issue build() {
        IssueId issueId = IssueId.stored(id);
        return builder.id(issueId)
                .title(title)
                .dependencies(dependencies(issueId))
                .comments(comments(issueId))
                .extra(extra)
                .build();
    }

    private List<Dependency> dependencies(IssueId owner) {
        List<Dependency> result = new ArrayList<>(dependencies.size());
        for (NestedReads.DependencyDraft draft : dependencies) {
            result.add(draft.toDependency(owner));
        }
        return result;
    }

    private List<Comment> comments(IssueId owner) {
        List<Comment> result = new ArrayList<>(comments.size());
        for (NestedReads.CommentDraft draft : comments) {
            result.add(draft.toComment(owner));
        }
        return result;
    }
}
