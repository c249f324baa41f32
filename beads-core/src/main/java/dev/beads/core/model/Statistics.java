package dev.beads.core.model;

/**
 * Workspace totals, as {@code bd stats} shows them. Tombstones are counted apart and not in {@code total}.
 *
 * @param pinned issues marked pinned, tombstones included (Go bd counts {@code pinned = 1} over the whole table)
 * @param averageLeadTimeHours mean of closed_at - created_at over closed issues; 0 when none
 */
public record Statistics(
        int total,
        int open,
        int inProgress,
        int blocked,
        int closed,
        int deferred,
        int ready,
        int tombstones,
        int pinned,
        int epicsEligibleForClosure,
        double averageLeadTimeHours) {}
