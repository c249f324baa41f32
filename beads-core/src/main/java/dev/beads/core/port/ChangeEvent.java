package dev.beads.core.port;

import dev.beads.core.model.EventType;
import dev.beads.core.model.IssueId;
import java.nio.file.Path;

/** What {@link ChangeFeed} publishes: committed mutations and file changes. */
public sealed interface ChangeEvent {

    /** An issue changed and the change is committed. */
    record IssueChanged(IssueId id, EventType type, String actor) implements ChangeEvent {}

    /** Many issues changed at once (import). */
    record IssuesImported(int created, int updated) implements ChangeEvent {}

    /** A watched file changed on disk (not by our own last write). */
    record FileChanged(Path file) implements ChangeEvent {}
}
