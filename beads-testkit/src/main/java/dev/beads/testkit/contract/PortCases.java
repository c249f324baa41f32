package dev.beads.testkit.contract;

import dev.beads.core.api.AddDependency;
import dev.beads.core.api.CloseIssue;
import dev.beads.core.api.ConfigCommands;
import dev.beads.core.api.CreateIssue;
import dev.beads.core.api.IssueCommands;
import dev.beads.core.api.IssueQueries;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.SortOrder;
import java.util.List;

/** Shared helpers of the driving-port contract cases: everything goes through the ports. */
abstract class PortCases {
    /** The actor every request of the contract carries. */
    static final String ACTOR = "contract-actor";

    abstract IssueCommandsContract.Ports ports();

    IssueCommands commands() {
        return ports().commands();
    }

    IssueQueries queries() {
        return ports().queries();
    }

    ConfigCommands config() {
        return ports().config();
    }

    static IssueId id(String value) {
        return IssueId.of(value);
    }

    /** Creates a task with a hash id. */
    Issue create(String title) {
        return commands().create(CreateIssue.titled(title, ACTOR));
    }

    /** Creates a task with an explicit id ({@code bd-…}), so cases can name issues. */
    Issue createWithId(String id) {
        return commands()
                .create(CreateIssue.builder("Issue " + id)
                        .id(id(id))
                        .actor(ACTOR)
                        .build());
    }

    CreateIssue.Builder request(String title) {
        return CreateIssue.builder(title).actor(ACTOR);
    }

    Issue show(IssueId id) {
        return queries().show(id).issue();
    }

    Dependency depend(Issue from, Issue on) {
        return depend(from, on, DependencyType.BLOCKS);
    }

    Dependency depend(Issue from, Issue on, DependencyType type) {
        return commands().addDependency(new AddDependency(from.id(), on.id(), type, ACTOR));
    }

    void close(Issue issue) {
        commands().close(new CloseIssue(issue.id(), "done", ACTOR));
    }

    /** Ids of every listed (non-tombstone) issue, in id order. */
    List<IssueId> listedIds() {
        return ids(queries().list(IssueFilter.builder().sort(SortOrder.ID).build()));
    }

    static List<IssueId> ids(List<Issue> issues) {
        return issues.stream().map(Issue::id).toList();
    }

    static List<IssueId> ids(String... values) {
        return java.util.Arrays.stream(values).map(IssueId::of).toList();
    }
}
