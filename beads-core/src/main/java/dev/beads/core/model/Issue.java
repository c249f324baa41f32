package dev.beads.core.model;

import dev.beads.core.error.InvalidInputException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An issue with every field of Go bd's v0.39.1 {@code types.Issue}, in its JSONL key order. Strings are never
 * null (empty means absent, as Go's {@code omitempty}); optional timestamps, {@code estimatedMinutes} and the
 * {@link RawJson} fields are null when absent. Keys this project does not know travel in {@code extra}.
 *
 * <p>Immutable; change with {@link #toBuilder()} or the {@code withX} methods. The compact constructor checks only
 * that every dependency starts at this issue: the domain rules (title 1-500 characters, {@code closed_at} set
 * exactly when closed, priority 0-4, ...) guard what commands write, not history, and live in {@link IssueRules}.
 */
public record Issue(
        IssueId id,
        String title,
        String description,
        String design,
        String acceptanceCriteria,
        String notes,
        Status status,
        Priority priority,
        IssueType issueType,
        String assignee,
        Integer estimatedMinutes,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        OffsetDateTime closedAt,
        String closeReason,
        String externalRef,
        int compactionLevel,
        OffsetDateTime compactedAt,
        String compactedAtCommit,
        int originalSize,
        List<String> labels,
        List<Dependency> dependencies,
        List<Comment> comments,
        OffsetDateTime deletedAt,
        String deletedBy,
        String deleteReason,
        String originalType,
        String sender,
        boolean ephemeral,
        boolean pinned,
        boolean isTemplate,
        RawJson bondedFrom,
        RawJson creator,
        RawJson validations,
        String awaitType,
        String awaitId,
        RawJson timeout,
        RawJson waiters,
        String sourceFormula,
        String sourceLocation,
        Map<String, RawJson> extra) {

    /** Go bd's limit on title length. */
    public static final int MAX_TITLE_LENGTH = 500;

    public Issue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(issueType, "issueType");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        title = nz(title);
        description = nz(description);
        design = nz(design);
        acceptanceCriteria = nz(acceptanceCriteria);
        notes = nz(notes);
        assignee = nz(assignee);
        createdBy = nz(createdBy);
        closeReason = nz(closeReason);
        externalRef = nz(externalRef);
        compactedAtCommit = nz(compactedAtCommit);
        deletedBy = nz(deletedBy);
        deleteReason = nz(deleteReason);
        originalType = nz(originalType);
        sender = nz(sender);
        awaitType = nz(awaitType);
        awaitId = nz(awaitId);
        sourceFormula = nz(sourceFormula);
        sourceLocation = nz(sourceLocation);
        labels = labels == null ? List.of() : List.copyOf(new TreeSet<>(labels));
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        comments = comments == null ? List.of() : List.copyOf(comments);
        extra = extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        requireOwnDependencies(id, dependencies);
    }

    // equals and hashCode written out, over every component as a record's would be (IssueValueTest checks each):
    // the generated ones are linked through invokedynamic on first use, about 10 ms of a cold bd process for a
    // record this wide, and every flush compares the issues it wrote with the stored ones.
    @Override
    public boolean equals(Object o) {
        return o instanceof Issue other
                && compactionLevel == other.compactionLevel
                && originalSize == other.originalSize
                && ephemeral == other.ephemeral
                && pinned == other.pinned
                && isTemplate == other.isTemplate
                && Objects.equals(id, other.id)
                && Objects.equals(title, other.title)
                && Objects.equals(description, other.description)
                && Objects.equals(design, other.design)
                && Objects.equals(acceptanceCriteria, other.acceptanceCriteria)
                && Objects.equals(notes, other.notes)
                && Objects.equals(status, other.status)
                && Objects.equals(priority, other.priority)
                && Objects.equals(issueType, other.issueType)
                && Objects.equals(assignee, other.assignee)
                && Objects.equals(estimatedMinutes, other.estimatedMinutes)
                && Objects.equals(createdAt, other.createdAt)
                && Objects.equals(createdBy, other.createdBy)
                && Objects.equals(updatedAt, other.updatedAt)
                && Objects.equals(closedAt, other.closedAt)
                && Objects.equals(closeReason, other.closeReason)
                && Objects.equals(externalRef, other.externalRef)
                && Objects.equals(compactedAt, other.compactedAt)
                && Objects.equals(compactedAtCommit, other.compactedAtCommit)
                && Objects.equals(labels, other.labels)
                && Objects.equals(dependencies, other.dependencies)
                && Objects.equals(comments, other.comments)
                && Objects.equals(deletedAt, other.deletedAt)
                && Objects.equals(deletedBy, other.deletedBy)
                && Objects.equals(deleteReason, other.deleteReason)
                && Objects.equals(originalType, other.originalType)
                && Objects.equals(sender, other.sender)
                && Objects.equals(bondedFrom, other.bondedFrom)
                && Objects.equals(creator, other.creator)
                && Objects.equals(validations, other.validations)
                && Objects.equals(awaitType, other.awaitType)
                && Objects.equals(awaitId, other.awaitId)
                && Objects.equals(timeout, other.timeout)
                && Objects.equals(waiters, other.waiters)
                && Objects.equals(sourceFormula, other.sourceFormula)
                && Objects.equals(sourceLocation, other.sourceLocation)
                && Objects.equals(extra, other.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                title,
                description,
                design,
                acceptanceCriteria,
                notes,
                status,
                priority,
                issueType,
                assignee,
                estimatedMinutes,
                createdAt,
                createdBy,
                updatedAt,
                closedAt,
                closeReason,
                externalRef,
                compactionLevel,
                compactedAt,
                compactedAtCommit,
                originalSize,
                labels,
                dependencies,
                comments,
                deletedAt,
                deletedBy,
                deleteReason,
                originalType,
                sender,
                ephemeral,
                pinned,
                isTemplate,
                bondedFrom,
                creator,
                validations,
                awaitType,
                awaitId,
                timeout,
                waiters,
                sourceFormula,
                sourceLocation,
                extra);
    }

    /** Structural, not a rule of history: the store files each issue's dependencies under the issue itself. */
    private static void requireOwnDependencies(IssueId id, List<Dependency> dependencies) {
        for (Dependency d : dependencies) {
            if (!d.issueId().equals(id)) {
                throw new InvalidInputException("dependency " + d.issueId() + " -> " + d.dependsOnId()
                        + " is listed under issue " + id + ": each issue lists only its own dependencies");
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .title(title)
                .description(description)
                .design(design)
                .acceptanceCriteria(acceptanceCriteria)
                .notes(notes)
                .status(status)
                .priority(priority)
                .issueType(issueType)
                .assignee(assignee)
                .estimatedMinutes(estimatedMinutes)
                .createdAt(createdAt)
                .createdBy(createdBy)
                .updatedAt(updatedAt)
                .closedAt(closedAt)
                .closeReason(closeReason)
                .externalRef(externalRef)
                .compactionLevel(compactionLevel)
                .compactedAt(compactedAt)
                .compactedAtCommit(compactedAtCommit)
                .originalSize(originalSize)
                .labels(labels)
                .dependencies(dependencies)
                .comments(comments)
                .deletedAt(deletedAt)
                .deletedBy(deletedBy)
                .deleteReason(deleteReason)
                .originalType(originalType)
                .sender(sender)
                .ephemeral(ephemeral)
                .pinned(pinned)
                .isTemplate(isTemplate)
                .bondedFrom(bondedFrom)
                .creator(creator)
                .validations(validations)
                .awaitType(awaitType)
                .awaitId(awaitId)
                .timeout(timeout)
                .waiters(waiters)
                .sourceFormula(sourceFormula)
                .sourceLocation(sourceLocation)
                .extra(extra);
    }

    public boolean isTombstone() {
        return status.equals(Status.TOMBSTONE);
    }

    public boolean isClosed() {
        return status.equals(Status.CLOSED);
    }

    public Issue withLabels(Collection<String> newLabels, OffsetDateTime at) {
        return toBuilder().labels(List.copyOf(newLabels)).updatedAt(at).build();
    }

    public Issue withDependencies(List<Dependency> newDependencies, OffsetDateTime at) {
        return toBuilder().dependencies(newDependencies).updatedAt(at).build();
    }

    public Issue withComments(List<Comment> newComments, OffsetDateTime at) {
        return toBuilder().comments(newComments).updatedAt(at).build();
    }

    /** This issue with one more comment appended. */
    public Issue plusComment(Comment comment, OffsetDateTime at) {
        List<Comment> all = new ArrayList<>(comments);
        all.add(comment);
        return withComments(all, at);
    }

    /** Builds issues field by field. */
    public static final class Builder {
        private IssueId id;
        private String title = "";
        private String description = "";
        private String design = "";
        private String acceptanceCriteria = "";
        private String notes = "";
        private Status status = Status.OPEN;
        private Priority priority = Priority.DEFAULT;
        private IssueType issueType = IssueType.TASK;
        private String assignee = "";
        private Integer estimatedMinutes;
        private OffsetDateTime createdAt;
        private String createdBy = "";
        private OffsetDateTime updatedAt;
        private OffsetDateTime closedAt;
        private String closeReason = "";
        private String externalRef = "";
        private int compactionLevel;
        private OffsetDateTime compactedAt;
        private String compactedAtCommit = "";
        private int originalSize;
        private List<String> labels = List.of();
        private List<Dependency> dependencies = List.of();
        private List<Comment> comments = List.of();
        private OffsetDateTime deletedAt;
        private String deletedBy = "";
        private String deleteReason = "";
        private String originalType = "";
        private String sender = "";
        private boolean ephemeral;
        private boolean pinned;
        private boolean isTemplate;
        private RawJson bondedFrom;
        private RawJson creator;
        private RawJson validations;
        private String awaitType = "";
        private String awaitId = "";
        private RawJson timeout;
        private RawJson waiters;
        private String sourceFormula = "";
        private String sourceLocation = "";
        private Map<String, RawJson> extra = Map.of();

        private Builder() {}

        public Builder id(IssueId id) {
            this.id = id;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder design(String design) {
            this.design = design;
            return this;
        }

        public Builder acceptanceCriteria(String acceptanceCriteria) {
            this.acceptanceCriteria = acceptanceCriteria;
            return this;
        }

        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        public Builder status(Status status) {
            this.status = status;
            return this;
        }

        public Builder priority(Priority priority) {
            this.priority = priority;
            return this;
        }

        public Builder issueType(IssueType issueType) {
            this.issueType = issueType;
            return this;
        }

        public Builder assignee(String assignee) {
            this.assignee = assignee;
            return this;
        }

        public Builder estimatedMinutes(Integer estimatedMinutes) {
            this.estimatedMinutes = estimatedMinutes;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder createdBy(String createdBy) {
            this.createdBy = createdBy;
            return this;
        }

        public Builder updatedAt(OffsetDateTime updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder closedAt(OffsetDateTime closedAt) {
            this.closedAt = closedAt;
            return this;
        }

        public Builder closeReason(String closeReason) {
            this.closeReason = closeReason;
            return this;
        }

        public Builder externalRef(String externalRef) {
            this.externalRef = externalRef;
            return this;
        }

        public Builder compactionLevel(int compactionLevel) {
            this.compactionLevel = compactionLevel;
            return this;
        }

        public Builder compactedAt(OffsetDateTime compactedAt) {
            this.compactedAt = compactedAt;
            return this;
        }

        public Builder compactedAtCommit(String compactedAtCommit) {
            this.compactedAtCommit = compactedAtCommit;
            return this;
        }

        public Builder originalSize(int originalSize) {
            this.originalSize = originalSize;
            return this;
        }

        public Builder labels(List<String> labels) {
            this.labels = labels;
            return this;
        }

        public Builder dependencies(List<Dependency> dependencies) {
            this.dependencies = dependencies;
            return this;
        }

        public Builder comments(List<Comment> comments) {
            this.comments = comments;
            return this;
        }

        public Builder deletedAt(OffsetDateTime deletedAt) {
            this.deletedAt = deletedAt;
            return this;
        }

        public Builder deletedBy(String deletedBy) {
            this.deletedBy = deletedBy;
            return this;
        }

        public Builder deleteReason(String deleteReason) {
            this.deleteReason = deleteReason;
            return this;
        }

        public Builder originalType(String originalType) {
            this.originalType = originalType;
            return this;
        }

        public Builder sender(String sender) {
            this.sender = sender;
            return this;
        }

        public Builder ephemeral(boolean ephemeral) {
            this.ephemeral = ephemeral;
            return this;
        }

        public Builder pinned(boolean pinned) {
            this.pinned = pinned;
            return this;
        }

        public Builder isTemplate(boolean isTemplate) {
            this.isTemplate = isTemplate;
            return this;
        }

        public Builder bondedFrom(RawJson bondedFrom) {
            this.bondedFrom = bondedFrom;
            return this;
        }

        public Builder creator(RawJson creator) {
            this.creator = creator;
            return this;
        }

        public Builder validations(RawJson validations) {
            this.validations = validations;
            return this;
        }

        public Builder awaitType(String awaitType) {
            this.awaitType = awaitType;
            return this;
        }

        public Builder awaitId(String awaitId) {
            this.awaitId = awaitId;
            return this;
        }

        public Builder timeout(RawJson timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder waiters(RawJson waiters) {
            this.waiters = waiters;
            return this;
        }

        public Builder sourceFormula(String sourceFormula) {
            this.sourceFormula = sourceFormula;
            return this;
        }

        public Builder sourceLocation(String sourceLocation) {
            this.sourceLocation = sourceLocation;
            return this;
        }

        public Builder extra(Map<String, RawJson> extra) {
            this.extra = extra;
            return this;
        }

        public Issue build() {
            return new Issue(
                    id,
                    title,
                    description,
                    design,
                    acceptanceCriteria,
                    notes,
                    status,
                    priority,
                    issueType,
                    assignee,
                    estimatedMinutes,
                    createdAt,
                    createdBy,
                    updatedAt,
                    closedAt,
                    closeReason,
                    externalRef,
                    compactionLevel,
                    compactedAt,
                    compactedAtCommit,
                    originalSize,
                    labels,
                    dependencies,
                    comments,
                    deletedAt,
                    deletedBy,
                    deleteReason,
                    originalType,
                    sender,
                    ephemeral,
                    pinned,
                    isTemplate,
                    bondedFrom,
                    creator,
                    validations,
                    awaitType,
                    awaitId,
                    timeout,
                    waiters,
                    sourceFormula,
                    sourceLocation,
                    extra);
        }
    }
}
