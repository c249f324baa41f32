package dev.beads.core.service;

import dev.beads.core.api.AddDependency;
import dev.beads.core.api.RemoveDependency;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.port.ChangeEvent.IssueChanged;
import dev.beads.core.port.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Adding and removing dependency edges; the edge is stored with the issue it starts from. */
final class DependencyEditor {
    private final Transactions transactions;
    private final Clock clock;

    DependencyEditor(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    Dependency add(AddDependency request) {
        OffsetDateTime now = clock.now();
        return transactions.run(writer -> {
            Issue from = Existing.live(writer, request.from());
            Existing.live(writer, request.to());
            Dependency edge = Dependency.of(request.from(), request.to(), request.type(), now, request.actor());
            if (!DependencyRules.admit(from.dependencies(), edge)) {
                return Written.quiet(
                        DependencyRules.between(from.dependencies(), edge).orElseThrow());
            }
            DependencyRules.rejectCycle(writer, edge);
            List<Dependency> edges = new ArrayList<>(from.dependencies());
            edges.add(edge);
            writer.put(
                    from.withDependencies(edges, now),
                    new AuditEvent(
                            from.id(),
                            EventType.DEPENDENCY_ADDED,
                            request.actor(),
                            null,
                            request.to().value(),
                            edge.type().name(),
                            now));
            return Written.of(edge, new IssueChanged(from.id(), EventType.DEPENDENCY_ADDED, request.actor()));
        });
    }

    Dependency remove(RemoveDependency request) {
        OffsetDateTime now = clock.now();
        return transactions.run(writer -> {
            Issue from = Existing.live(writer, request.from());
            Optional<Dependency> removed = from.dependencies().stream()
                    .filter(d -> d.dependsOnId().equals(request.to()))
                    .findFirst();
            if (removed.isEmpty()) {
                throw new NotFoundException("issue " + request.from() + " does not depend on " + request.to()
                        + ": see its dependencies with bd show " + request.from());
            }
            List<Dependency> kept = from.dependencies().stream()
                    .filter(d -> !d.dependsOnId().equals(request.to()))
                    .toList();
            writer.put(
                    from.withDependencies(kept, now),
                    new AuditEvent(
                            from.id(),
                            EventType.DEPENDENCY_REMOVED,
                            request.actor(),
                            request.to().value(),
                            null,
                            removed.get().type().name(),
                            now));
            return Written.of(
                    removed.get(), new IssueChanged(from.id(), EventType.DEPENDENCY_REMOVED, request.actor()));
        });
    }
}
