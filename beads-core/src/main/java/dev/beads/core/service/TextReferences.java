package dev.beads.core.service;

import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.IssueWriter;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go bd's rewrite of a deleted issue's id in the text of the issues it was connected to: the id, standing alone
 * (not part of a longer id or word: no letter, digit, {@code _} or {@code -} on either side), becomes
 * {@code [deleted:<id>]} in the description, design, acceptance criteria and notes. The pattern and its
 * replacement are Go's ({@code (^|[^A-Za-z0-9_-])(<id>)($|[^A-Za-z0-9_-])} → {@code $1[deleted:<id>]$3}), matches
 * included that do not overlap, so that the files of both implementations agree.
 */
final class TextReferences {
    private final Pattern pattern;
    private final String replacement;

    TextReferences(IssueId deleted) {
        this.pattern = Pattern.compile("(^|[^A-Za-z0-9_-])(" + Pattern.quote(deleted.value()) + ")($|[^A-Za-z0-9_-])");
        this.replacement = "$1" + Matcher.quoteReplacement("[deleted:" + deleted.value() + "]") + "$3";
    }

    /** {@code text} with the references replaced. */
    String rewrite(String text) {
        return pattern.matcher(text).replaceAll(replacement);
    }

    /** Rewrites the stored issue {@code id}, if it exists, is not a tombstone and names the id; true when saved. */
    boolean rewrite(IssueWriter writer, IssueId id, String actor, OffsetDateTime now) {
        Issue issue = writer.find(id).orElse(null);
        if (issue == null || issue.isTombstone()) {
            return false;
        }
        Issue rewritten = issue.toBuilder()
                .description(rewrite(issue.description()))
                .design(rewrite(issue.design()))
                .acceptanceCriteria(rewrite(issue.acceptanceCriteria()))
                .notes(rewrite(issue.notes()))
                .build();
        if (rewritten.equals(issue)) {
            return false;
        }
        writer.put(
                rewritten.toBuilder().updatedAt(now).build(),
                new AuditEvent(id, EventType.UPDATED, actor, null, null, "text references to a deleted issue", now));
        return true;
    }
}
