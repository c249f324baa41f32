package dev.beads.core.service;

import dev.beads.core.api.CreateIssue;
import dev.beads.core.error.ConflictException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.AuditEvent;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.EventType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.ChangeEvent;
import dev.beads.core.port.Clock;
import dev.beads.core.port.IdGenerator;
import dev.beads.core.port.IssueRepository;
import dev.beads.core.port.IssueWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The create use case: id allocation (explicit, child or hash), initial edges, and the first audit event. */
final class IssueCreator {
    /** Go bd's limit: {@code bd-a3f8.1.2.3} is as deep as it goes. */
    static final int MAX_DEPTH = 3;
    /** Nonces tried at each hash length before a longer one (Go bd: 10). */
    static final int NONCES_PER_LENGTH = 10;

    private final IssueRepository repository;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final TopLevelCounts topLevel;

    IssueCreator(IssueRepository repository, Transactions transactions, Clock clock, IdGenerator ids) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.topLevel = new TopLevelCounts(repository, System::nanoTime);
    }

    Issue create(CreateIssue request) {
        String prefix = ConfigKeys.prefix(repository);
        OffsetDateTime now = clock.now();
        // Read outside the transaction (the writer has no such queries); the writer re-checks each candidate id.
        boolean hashed = request.id() == null && request.parent() == null;
        int firstLength = hashed ? IdLength.forCount(topLevel.get(prefix)) : IdLength.MIN;
        int firstChild = request.parent() == null ? 1 : nextChildNumber(request.parent());
        Issue created = transactions.run(writer -> {
            IssueId id = allocate(writer, request, prefix, now, firstLength, firstChild);
            Issue issue = newIssue(request, id, edges(writer, request, id, now), now);
            writer.put(issue, AuditEvent.of(id, EventType.CREATED, request.actor(), now));
            Issue stored = writer.find(id).orElseThrow();
            return Written.of(stored, new ChangeEvent.IssueChanged(id, EventType.CREATED, request.actor()));
        });
        if (created.id().depth() == 0) {
            topLevel.created(prefix);
        }
        return created;
    }

    private IssueId allocate(
            IssueWriter writer, CreateIssue request, String prefix, OffsetDateTime now, int length, int child) {
        if (request.id() != null) {
            return explicitId(writer, request.id(), prefix);
        }
        if (request.parent() != null) {
            return childId(writer, request.parent(), child);
        }
        return hashId(writer, request, prefix, now, length);
    }

    private static IssueId explicitId(IssueWriter writer, IssueId id, String prefix) {
        if (!id.value().startsWith(prefix + "-")) {
            throw new InvalidInputException("issue id " + id + " does not match the workspace prefix \"" + prefix
                    + "\": use an id like " + prefix + "-" + id.localPart());
        }
        if (writer.exists(id)) {
            throw new ConflictException("issue " + id + " already exists");
        }
        return id;
    }

    private static IssueId childId(IssueWriter writer, IssueId parentId, int firstNumber) {
        Issue parent = Existing.issue(writer, parentId);
        if (parent.isTombstone()) {
            throw new InvalidInputException("issue " + parentId + " is deleted: it cannot have new children");
        }
        if (parentId.depth() >= MAX_DEPTH) {
            throw new InvalidInputException("cannot add a child to " + parentId + ": maximum hierarchy depth is "
                    + MAX_DEPTH + "; attach the issue to a higher parent");
        }
        int number = firstNumber;
        while (writer.exists(parentId.child(number))) {
            number++;
        }
        return parentId.child(number);
    }

    private IssueId hashId(IssueWriter writer, CreateIssue r, String prefix, OffsetDateTime now, int firstLength) {
        for (int length = firstLength; length <= IdLength.MAX; length++) {
            for (int nonce = 0; nonce < NONCES_PER_LENGTH; nonce++) {
                IssueId candidate = ids.propose(prefix, r.title(), r.description(), r.actor(), now, nonce, length);
                if (!writer.exists(candidate)) {
                    return candidate;
                }
            }
        }
        throw new ConflictException("could not find a free id for \"" + r.title() + "\" after lengths " + firstLength
                + "-" + IdLength.MAX + " with " + NONCES_PER_LENGTH + " nonces each: give one with --id");
    }

    /** One more than the highest direct child number ever used (tombstones count, so numbers are not reused). */
    private int nextChildNumber(IssueId parent) {
        int highest = 0;
        for (IssueId id : repository.idsContaining(parent.value() + ".", Integer.MAX_VALUE)) {
            if (id.parent().filter(parent::equals).isPresent()) {
                highest = Math.max(highest, childNumber(id));
            }
        }
        return highest + 1;
    }

    private static int childNumber(IssueId child) {
        String last = child.value().substring(child.value().lastIndexOf('.') + 1);
        try {
            return Integer.parseInt(last);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<Dependency> edges(IssueWriter writer, CreateIssue request, IssueId id, OffsetDateTime now) {
        List<Dependency> edges = new ArrayList<>();
        if (request.parent() != null) {
            edges.add(Dependency.of(id, request.parent(), DependencyType.PARENT_CHILD, now, request.actor()));
        }
        for (CreateIssue.NewDependency wanted : request.dependencies()) {
            Dependency edge = Dependency.of(id, wanted.dependsOn(), wanted.type(), now, request.actor());
            Existing.requireLive(Existing.issue(writer, wanted.dependsOn()));
            if (DependencyRules.admit(edges, edge)) {
                DependencyRules.rejectCycle(writer, edge);
                edges.add(edge);
            }
        }
        return edges;
    }

    private static Issue newIssue(CreateIssue r, IssueId id, List<Dependency> edges, OffsetDateTime now) {
        return Issue.builder()
                .id(id)
                .title(r.title())
                .description(r.description())
                .design(r.design())
                .acceptanceCriteria(r.acceptanceCriteria())
                .notes(r.notes())
                .priority(r.priority())
                .issueType(r.type())
                .assignee(r.assignee())
                .estimatedMinutes(r.estimatedMinutes())
                .externalRef(r.externalRef())
                .createdAt(now)
                .createdBy(r.actor())
                .updatedAt(now)
                .labels(Labels.check(r.labels()))
                .dependencies(edges)
                .build();
    }
}
