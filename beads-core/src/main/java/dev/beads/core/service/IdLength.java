package dev.beads.core.service;

/**
 * Adaptive hash-id length (DESIGN §4, Go bd's {@code adaptive_length.go}): the shortest length from 3 to 8 base36
 * characters whose birthday collision probability {@code 1 - exp(-n² / (2 · 36^L))} stays at or below 25 %.
 */
public final class IdLength {
    /** Shortest hash length. */
    public static final int MIN = 3;
    /** Longest hash length; used even when its collision probability is above the threshold. */
    public static final int MAX = 8;
    /** Go bd's default {@code max_collision_prob}. */
    static final double MAX_COLLISION_PROBABILITY = 0.25;

    private IdLength() {}

    /**
     * @param topLevelIssues how many top-level ids the prefix already has (tombstones included)
     * @return the hash length to start with, 3 to 8
     */
    public static int forCount(int topLevelIssues) {
        if (topLevelIssues < 0) {
            throw new IllegalArgumentException("issue count must be >= 0, got " + topLevelIssues);
        }
        for (int length = MIN; length <= MAX; length++) {
            if (collisionProbability(topLevelIssues, length) <= MAX_COLLISION_PROBABILITY) {
                return length;
            }
        }
        return MAX;
    }

    /** The birthday approximation of the chance that {@code n} random ids of {@code length} characters collide. */
    static double collisionProbability(int n, int length) {
        double space = Math.pow(36, length);
        double squared = (double) n * n;
        return 1.0 - Math.exp(-squared / (2.0 * space));
    }
}
