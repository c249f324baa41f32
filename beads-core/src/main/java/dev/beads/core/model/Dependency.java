package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code issueId} depends on {@code dependsOnId} (for {@code blocks}: the latter blocks the former).
 *
 * @param createdBy may be empty
 * @param extra JSON keys this project does not model (Go bd's {@code metadata}, {@code thread_id}), in file order
 */
public record Dependency(
        IssueId issueId,
        IssueId dependsOnId,
        DependencyType type,
        OffsetDateTime createdAt,
        String createdBy,
        Map<String, RawJson> extra) {
    public Dependency {
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(dependsOnId, "dependsOnId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        createdBy = createdBy == null ? "" : createdBy;
        extra = extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        if (issueId.equals(dependsOnId)) {
            throw new InvalidInputException("issue " + issueId + " cannot depend on itself");
        }
    }

    public static Dependency of(IssueId from, IssueId to, DependencyType type, OffsetDateTime at, String by) {
        return new Dependency(from, to, type, at, by, Map.of());
    }

    /** True when this edge is the same relation (from, to, type) as the other, whatever its timestamps. */
    public boolean sameEdge(Dependency other) {
        return issueId.equals(other.issueId) && dependsOnId.equals(other.dependsOnId) && type.equals(other.type);
    }
}
