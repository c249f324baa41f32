package dev.beads.adapters.rpc.server;

import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.json.JsonBody;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Go bd's {@code get_mutations}: the last 100 mutations made through Go's wire format, as Go's {@code MutationEvent}
 * marshals them (fields without JSON tags: {@code Type}, {@code IssueID}, {@code Title}, {@code Assignee},
 * {@code Timestamp}; v0.39.1 internal/rpc/server_core.go:82). Thread-safe.
 */
final class GoMutations {
    private static final int KEPT = 100;

    private record Event(String type, String id, String title, String assignee, OffsetDateTime at) {}

    private final ArrayDeque<Event> recent = new ArrayDeque<>();

    void record(String type, Issue issue) {
        add(new Event(type, issue.id().value(), issue.title(), issue.assignee(), OffsetDateTime.now()));
    }

    /** Dependency, label and comment operations: Go records the id only (no extra lookup). */
    void record(String type, IssueId id) {
        add(new Event(type, id.value(), "", "", OffsetDateTime.now()));
    }

    private synchronized void add(Event e) {
        recent.addLast(e);
        if (recent.size() > KEPT) {
            recent.removeFirst();
        }
    }

    /** The events after {@code sinceMillis} (Unix milliseconds; 0: all kept), oldest first; {@code null} when none. */
    JsonBody since(long sinceMillis) {
        List<Event> events = new ArrayList<>();
        synchronized (this) {
            for (Event e : recent) {
                if (e.at().toInstant().toEpochMilli() > sinceMillis) {
                    events.add(e);
                }
            }
        }
        return g -> {
            if (events.isEmpty()) {
                g.writeNull(); // Go marshals its nil slice
                return;
            }
            g.writeStartArray();
            for (Event e : events) {
                g.writeStartObject();
                g.writeStringField("Type", e.type());
                g.writeStringField("IssueID", e.id());
                g.writeStringField("Title", e.title());
                g.writeStringField("Assignee", e.assignee());
                g.writeStringField("Timestamp", e.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                g.writeEndObject();
            }
            g.writeEndArray();
        };
    }
}
