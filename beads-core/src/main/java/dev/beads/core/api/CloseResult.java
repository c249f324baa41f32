package dev.beads.core.api;

import dev.beads.core.model.Issue;

/** The outcome of a close: closed now, or it was closed already (not an error, as in Go bd). */
public sealed interface CloseResult {
    Issue issue();

    record Closed(Issue issue) implements CloseResult {}

    record AlreadyClosed(Issue issue) implements CloseResult {}
}
