package dev.beads.core.api;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.DependencyType;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import java.util.List;
import java.util.Objects;

/**
 * Create one issue.
 *
 * @param id an explicit id ({@code --id}), or null for a hash id
 * @param parent make the new issue a child of this one ({@code parent.N}, with a parent-child edge), or null
 * @param dependencies edges from the new issue ({@code --deps type:id,…})
 * @param estimatedMinutes null when not estimated
 */
public record CreateIssue(
        String title,
        String description,
        String design,
        String acceptanceCriteria,
        String notes,
        Priority priority,
        IssueType type,
        String assignee,
        List<String> labels,
        Integer estimatedMinutes,
        String externalRef,
        IssueId id,
        IssueId parent,
        List<NewDependency> dependencies,
        String actor) {

    public CreateIssue {
        title = title == null ? "" : title.strip();
        if (title.isEmpty()) {
            throw new InvalidInputException("title is required: bd create \"what needs doing\"");
        }
        if (title.length() > Issue.MAX_TITLE_LENGTH) {
            throw new InvalidInputException("title is too long (" + title.length() + " characters): the limit is "
                    + Issue.MAX_TITLE_LENGTH + "; put the details in the description");
        }
        description = nz(description);
        design = nz(design);
        acceptanceCriteria = nz(acceptanceCriteria);
        notes = nz(notes);
        assignee = nz(assignee);
        externalRef = nz(externalRef);
        priority = priority == null ? Priority.DEFAULT : priority;
        type = type == null ? IssueType.TASK : type;
        labels = labels == null ? List.of() : List.copyOf(labels);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        actor = nz(actor);
        if (estimatedMinutes != null && estimatedMinutes < 0) {
            throw new InvalidInputException(
                    "estimate must be a non-negative number of minutes, got " + estimatedMinutes);
        }
        if (id != null && parent != null) {
            throw new InvalidInputException("give either --id or --parent, not both");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A minimal request: a title and the actor. */
    public static CreateIssue titled(String title, String actor) {
        return builder(title).actor(actor).build();
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** An edge from the issue being created to an existing one. */
    public record NewDependency(DependencyType type, IssueId dependsOn) {
        public NewDependency {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(dependsOn, "dependsOn");
        }
    }

    /** Fluent construction; {@link #build()} validates. */
    public static final class Builder {
        private final String title;
        private String description;
        private String design;
        private String acceptanceCriteria;
        private String notes;
        private Priority priority;
        private IssueType type;
        private String assignee;
        private List<String> labels = List.of();
        private Integer estimatedMinutes;
        private String externalRef;
        private IssueId id;
        private IssueId parent;
        private List<NewDependency> dependencies = List.of();
        private String actor;

        private Builder(String title) {
            this.title = title;
        }

        public Builder description(String v) {
            description = v;
            return this;
        }

        public Builder design(String v) {
            design = v;
            return this;
        }

        public Builder acceptanceCriteria(String v) {
            acceptanceCriteria = v;
            return this;
        }

        public Builder notes(String v) {
            notes = v;
            return this;
        }

        public Builder priority(Priority v) {
            priority = v;
            return this;
        }

        public Builder type(IssueType v) {
            type = v;
            return this;
        }

        public Builder assignee(String v) {
            assignee = v;
            return this;
        }

        public Builder labels(List<String> v) {
            labels = v;
            return this;
        }

        public Builder estimatedMinutes(Integer v) {
            estimatedMinutes = v;
            return this;
        }

        public Builder externalRef(String v) {
            externalRef = v;
            return this;
        }

        public Builder id(IssueId v) {
            id = v;
            return this;
        }

        public Builder parent(IssueId v) {
            parent = v;
            return this;
        }

        public Builder dependencies(List<NewDependency> v) {
            dependencies = v;
            return this;
        }

        public Builder actor(String v) {
            actor = v;
            return this;
        }

        public CreateIssue build() {
            return new CreateIssue(
                    title,
                    description,
                    design,
                    acceptanceCriteria,
                    notes,
                    priority,
                    type,
                    assignee,
                    labels,
                    estimatedMinutes,
                    externalRef,
                    id,
                    parent,
                    dependencies,
                    actor);
        }
    }
}
