package dev.beads.core.service;

import dev.beads.core.api.IssueQueries;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.BlockedIssue;
import dev.beads.core.model.Comment;
import dev.beads.core.model.CountGroup;
import dev.beads.core.model.CountResult;
import dev.beads.core.model.Dependency;
import dev.beads.core.model.EpicStatus;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueDetails;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.LabelCount;
import dev.beads.core.model.Statistics;
import dev.beads.core.model.Status;
import dev.beads.core.model.TreeDirection;
import dev.beads.core.model.TreeNode;
import dev.beads.core.model.WorkFilter;
import dev.beads.core.port.Clock;
import dev.beads.core.port.IssueRepository;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The read-only use cases ({@link IssueQueries}) over the repository. Thread-safe when the ports are. */
public final class QueryService implements IssueQueries {
    private static final Set<Status> STALE_BY_DEFAULT = Set.of(Status.OPEN, Status.IN_PROGRESS, Status.BLOCKED);

    private final IssueRepository repository;
    private final Clock clock;
    private final IdResolver resolver;
    private final IssueCounts counts;

    public QueryService(IssueRepository repository, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.resolver = new IdResolver(repository);
        this.counts = new IssueCounts(repository);
    }

    @Override
    public IssueId resolve(String partialId) {
        return resolver.resolve(partialId);
    }

    @Override
    public IssueDetails show(IssueId id) {
        Issue issue = find(id);
        Map<IssueId, Issue> targets = byId(repository.findAll(
                issue.dependencies().stream().map(Dependency::dependsOnId).toList()));
        List<IssueDetails.Related> dependsOn = new ArrayList<>();
        for (Dependency edge : issue.dependencies()) {
            Optional.ofNullable(targets.get(edge.dependsOnId()))
                    .ifPresent(target -> dependsOn.add(new IssueDetails.Related(target, edge.type())));
        }
        List<Dependency> incoming = repository.dependents(id);
        Map<IssueId, Issue> sources = byId(
                repository.findAll(incoming.stream().map(Dependency::issueId).toList()));
        List<IssueDetails.Related> dependents = new ArrayList<>();
        for (Dependency edge : incoming) {
            Optional.ofNullable(sources.get(edge.issueId()))
                    .ifPresent(source -> dependents.add(new IssueDetails.Related(source, edge.type())));
        }
        return new IssueDetails(issue, dependsOn, dependents);
    }

    @Override
    public List<Issue> list(IssueFilter filter) {
        return repository.list(Filters.orAll(filter));
    }

    @Override
    public List<Issue> search(String query, IssueFilter filter) {
        return query == null || query.isBlank()
                ? list(filter)
                : repository.list(Filters.withText(filter, query.strip()));
    }

    @Override
    public List<Issue> ready(WorkFilter filter) {
        return repository.ready(filter == null ? WorkFilter.ALL : filter, clock.now());
    }

    @Override
    public List<BlockedIssue> blocked(WorkFilter filter) {
        return repository.blocked(filter == null ? WorkFilter.ALL : filter);
    }

    @Override
    public Statistics stats() {
        return counts.stats(clock.now());
    }

    @Override
    public List<Issue> stale(int days, Status status, int limit) {
        if (days < 0 || limit < 0) {
            throw new InvalidInputException(
                    "days and limit must be 0 or more, got days " + days + " and limit " + limit);
        }
        OffsetDateTime cutoff = clock.now().minusDays(days);
        IssueFilter filter = IssueFilter.builder()
                .statuses(status == null ? STALE_BY_DEFAULT : Set.of(status))
                .updatedBefore(cutoff)
                .build();
        List<Issue> stale = new ArrayList<>(repository.list(filter));
        stale.sort(Comparator.comparing((Issue i) -> i.updatedAt().toInstant()).thenComparing(Issue::id));
        return limit == 0 || stale.size() <= limit ? List.copyOf(stale) : List.copyOf(stale.subList(0, limit));
    }

    @Override
    public CountResult count(IssueFilter filter, CountGroup group) {
        return counts.count(filter, group);
    }

    @Override
    public List<TreeNode> dependencyTree(IssueId root, TreeDirection direction, int maxDepth) {
        if (maxDepth < 0) {
            throw new InvalidInputException("max depth must be 0 or more, got " + maxDepth);
        }
        Issue rootIssue = find(root);
        Map<IssueId, Optional<Issue>> seen = new HashMap<>();
        Function<IssueId, Optional<Issue>> lookup = id -> seen.computeIfAbsent(id, repository::find);
        DependencyGraph graph = DependencyGraph.of(repository.allDependencies());
        return new DependencyTreeWalker(graph, lookup, maxDepth)
                .walk(rootIssue, direction == null ? TreeDirection.DOWN : direction);
    }

    @Override
    public List<List<IssueId>> dependencyCycles() {
        return DependencyGraph.ordering(repository.allDependencies()).cycles();
    }

    @Override
    public List<String> labels(IssueId id) {
        return find(id).labels();
    }

    @Override
    public List<LabelCount> allLabels() {
        return repository.labelCounts();
    }

    @Override
    public List<Comment> comments(IssueId id) {
        return find(id).comments();
    }

    @Override
    public List<EpicStatus> epicStatus(boolean eligibleOnly) {
        return counts.epics(eligibleOnly);
    }

    private Issue find(IssueId id) {
        return repository.find(id).orElseThrow(() -> NotFoundException.issue(id.value()));
    }

    private static Map<IssueId, Issue> byId(List<Issue> issues) {
        Map<IssueId, Issue> map = new HashMap<>();
        issues.forEach(issue -> map.put(issue.id(), issue));
        return map;
    }
}
