package dev.beads.adapters.git.merge;

import dev.beads.core.model.Comment;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Priority;
import dev.beads.core.model.RawJson;
import dev.beads.core.model.Status;
import dev.beads.core.port.JsonlDocument;
import dev.beads.testkit.gen.Gen;
import dev.beads.testkit.gen.RandomIssues;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A base document and one side's edits of it, as bd makes them: each edited issue gets a later {@code updated_at}
 * ({@code side} 1 and 2 edit at different times, so no true conflict ties), comments are only added, a tombstone is
 * never brought back. Issues are added, removed or deleted (made tombstones).
 */
final class RandomEdits {
    private final Gen gen;
    private final RandomIssues issues;

    RandomEdits(Gen gen) {
        this.gen = gen;
        this.issues = new RandomIssues(gen);
    }

    /** A base of up to 8 issues with distinct ids. */
    List<Issue> base() {
        Map<IssueId, Issue> byId = new LinkedHashMap<>();
        for (Issue issue : issues.issues(8)) {
            byId.put(issue.id(), issue);
        }
        return new ArrayList<>(byId.values());
    }

    /** One side's version of {@code base}. */
    List<Issue> side(List<Issue> base, int side) {
        List<Issue> edited = new ArrayList<>();
        for (Issue issue : base) {
            int roll = gen.below(10);
            if (roll == 0) {
                continue; // the line removed
            }
            edited.add(roll < 5 ? issue : edit(issue, side));
        }
        for (int added = gen.size(2); added > 0; added--) {
            edited.add(issues.issue());
        }
        return edited;
    }

    Issue edit(Issue issue, int side) {
        OffsetDateTime at = issue.updatedAt().plusSeconds(1 + 2L * gen.between(0, 1000) + side);
        Issue.Builder b = issue.toBuilder().updatedAt(at);
        boolean dead = issue.status().equals(Status.TOMBSTONE);
        for (int n = 1 + gen.below(3); n > 0; n--) {
            switch (gen.below(dead ? 7 : 9)) {
                case 0 -> b.title("T" + issues.text(10));
                case 1 -> b.description(issues.text(20));
                case 2 -> b.priority(Priority.of(gen.between(0, 4)));
                case 3 -> b.labels(labels(issue));
                case 4 -> b.dependencies(dependencies(issue));
                case 5 -> b.comments(plusComment(issue, at));
                case 6 -> b.extra(Map.of("x_side" + side, RawJson.of(Integer.toString(gen.below(100)))));
                case 7 -> b.status(Status.CLOSED).closedAt(at);
                default -> b.status(Status.TOMBSTONE).deletedAt(at).deletedBy("side" + side);
            }
        }
        return b.build();
    }

    private List<String> labels(Issue issue) {
        List<String> labels = new ArrayList<>(issue.labels());
        if (!labels.isEmpty() && gen.coin()) {
            labels.remove(gen.below(labels.size()));
        } else {
            labels.add("l" + issues.text(4));
        }
        return labels;
    }

    private List<Dependency> dependencies(Issue issue) {
        List<Dependency> deps = new ArrayList<>(issue.dependencies());
        if (!deps.isEmpty() && gen.coin()) {
            deps.remove(gen.below(deps.size()));
        } else {
            IssueId to = IssueId.of(issue.id().value() + "z" + gen.below(100));
            deps.add(Dependency.of(issue.id(), to, DependencyType.of("blocks"), issues.time(), "me"));
        }
        return deps;
    }

    private List<Comment> plusComment(Issue issue, OffsetDateTime at) {
        List<Comment> comments = new ArrayList<>(issue.comments());
        comments.add(new Comment(0, issue.id(), "me", "c" + issues.text(12), at));
        return comments;
    }

    static JsonlDocument doc(List<Issue> issues) {
        return JsonlDocument.ofIssues(issues);
    }
}
