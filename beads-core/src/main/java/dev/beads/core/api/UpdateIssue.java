package dev.beads.core.api;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueType;
import dev.beads.core.model.Priority;
import dev.beads.core.model.Status;
import java.util.List;
import java.util.Objects;

/**
 * Change only the fields given: a null field is left as it is. Setting status to closed closes the issue (sets
 * closed_at); setting it away from closed clears closed_at.
 *
 * @param setLabels replace all labels, or null; exclusive with add/remove
 */
public record UpdateIssue(
        IssueId id,
        String title,
        String description,
        String design,
        String acceptanceCriteria,
        String notes,
        Status status,
        Priority priority,
        IssueType type,
        String assignee,
        Integer estimatedMinutes,
        String externalRef,
        List<String> addLabels,
        List<String> removeLabels,
        List<String> setLabels,
        String actor) {

    public UpdateIssue {
        Objects.requireNonNull(id, "id");
        addLabels = addLabels == null ? List.of() : List.copyOf(addLabels);
        removeLabels = removeLabels == null ? List.of() : List.copyOf(removeLabels);
        setLabels = setLabels == null ? null : List.copyOf(setLabels);
        actor = actor == null ? "" : actor;
        if (title != null && title.isBlank()) {
            throw new InvalidInputException("title is required: give the issue a title of 1-500 characters");
        }
        if (status != null && status.equals(Status.TOMBSTONE)) {
            throw new InvalidInputException("status tombstone is set by bd delete, not by update");
        }
        if (estimatedMinutes != null && estimatedMinutes < 0) {
            throw new InvalidInputException(
                    "estimate must be a non-negative number of minutes, got " + estimatedMinutes);
        }
        if (setLabels != null && (!addLabels.isEmpty() || !removeLabels.isEmpty())) {
            throw new InvalidInputException("give --set-labels alone, or --add-label/--remove-label, not both");
        }
    }

    /** True when the request changes nothing. */
    public boolean isEmpty() {
        return title == null
                && description == null
                && design == null
                && acceptanceCriteria == null
                && notes == null
                && status == null
                && priority == null
                && type == null
                && assignee == null
                && estimatedMinutes == null
                && externalRef == null
                && addLabels.isEmpty()
                && removeLabels.isEmpty()
                && setLabels == null;
    }

    public static Builder builder(IssueId id) {
        return new Builder(id);
    }

    /** Fluent construction; unset fields stay unchanged. */
    public static final class Builder {
        private final IssueId id;
        private String title;
        private String description;
        private String design;
        private String acceptanceCriteria;
        private String notes;
        private Status status;
        private Priority priority;
        private IssueType type;
        private String assignee;
        private Integer estimatedMinutes;
        private String externalRef;
        private List<String> addLabels = List.of();
        private List<String> removeLabels = List.of();
        private List<String> setLabels;
        private String actor;

        private Builder(IssueId id) {
            this.id = id;
        }

        public Builder title(String v) {
            title = v;
            return this;
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

        public Builder status(Status v) {
            status = v;
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

        public Builder estimatedMinutes(Integer v) {
            estimatedMinutes = v;
            return this;
        }

        public Builder externalRef(String v) {
            externalRef = v;
            return this;
        }

        public Builder addLabels(List<String> v) {
            addLabels = v;
            return this;
        }

        public Builder removeLabels(List<String> v) {
            removeLabels = v;
            return this;
        }

        public Builder setLabels(List<String> v) {
            setLabels = v;
            return this;
        }

        public Builder actor(String v) {
            actor = v;
            return this;
        }

        public UpdateIssue build() {
            return new UpdateIssue(
                    id,
                    title,
                    description,
                    design,
                    acceptanceCriteria,
                    notes,
                    status,
                    priority,
                    type,
                    assignee,
                    estimatedMinutes,
                    externalRef,
                    addLabels,
                    removeLabels,
                    setLabels,
                    actor);
        }
    }
}
