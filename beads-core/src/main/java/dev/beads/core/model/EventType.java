package dev.beads.core.model;

/** What an audit event records (Go bd's event types). */
public enum EventType {
    CREATED("created"),
    UPDATED("updated"),
    STATUS_CHANGED("status_changed"),
    CLOSED("closed"),
    REOPENED("reopened"),
    DELETED("deleted"),
    DEPENDENCY_ADDED("dependency_added"),
    DEPENDENCY_REMOVED("dependency_removed"),
    LABEL_ADDED("label_added"),
    LABEL_REMOVED("label_removed"),
    COMMENTED("commented"),
    IMPORTED("imported");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static EventType fromWireName(String name) {
        for (EventType t : values()) {
            if (t.wireName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type " + name);
    }
}
