package dev.beads.adapters.rpc.server;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.protocol.Outgoing;
import dev.beads.core.api.IssueQueries;
import dev.beads.core.error.BeadsException;
import dev.beads.core.model.Timestamps;
import dev.beads.core.port.ChangeEvent;
import dev.beads.core.port.ChangeFeed;
import java.util.function.Consumer;

/**
 * {@code subscribe}: the workspace's change feed as JSON-RPC notifications. {@code issue_changed {id, type,
 * updated_at}} for each committed change of one issue (type is the audit event's: created, updated, closed, ...;
 * updated_at is the issue's after the change, absent when it cannot be read, as after a delete), and
 * {@code issues_imported {created, updated}} after an import. Thread-safe.
 */
public final class ChangeNotifications {
    private final ChangeFeed feed;
    private final IssueQueries queries;

    public ChangeNotifications(ChangeFeed feed, IssueQueries queries) {
        this.feed = feed;
        this.queries = queries;
    }

    /** Sends every later change to {@code sink} (on the publishing thread) until the subscription is closed. */
    ChangeFeed.Subscription subscribe(Consumer<Outgoing.Notify> sink) {
        return feed.subscribe(event -> {
            Outgoing.Notify n = toNotification(event);
            if (n != null) {
                sink.accept(n);
            }
        });
    }

    private Outgoing.Notify toNotification(ChangeEvent event) {
        return switch (event) {
            case ChangeEvent.IssueChanged c -> {
                JsonObjectBuilder p = new JsonObjectBuilder()
                        .put("id", c.id().value())
                        .put("type", c.type().wireName());
                try {
                    p.put(
                            "updated_at",
                            Timestamps.format(queries.show(c.id()).issue().updatedAt()));
                } catch (BeadsException gone) {
                    // deleted (a tombstone does not show): the notification goes without the time
                }
                yield new Outgoing.Notify("issue_changed", p.build());
            }
            case ChangeEvent.IssuesImported i ->
                new Outgoing.Notify(
                        "issues_imported",
                        new JsonObjectBuilder()
                                .put("created", i.created())
                                .put("updated", i.updated())
                                .build());
            case ChangeEvent.FileChanged f -> null;
        };
    }
}
