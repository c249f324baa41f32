package dev.beads.testkit.gen;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Timestamps with every precision Go writes and offsets other than UTC. */
public final class Times {
    private static final long FROM = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

    private Times() {}

    /** {@link #between} 1970 and 2100, offsets within ±14:00 (the range of real zones). */
    public static OffsetDateTime any(Gen gen) {
        return between(gen, FROM, TO, 14 * 60);
    }

    /**
     * An instant in {@code [fromSecond, toSecond]} (epoch seconds, following the shape), with nanoseconds of one of
     * the four kinds (none, milliseconds, microseconds, nanoseconds: Go trims trailing zeros, so each formats
     * differently), at UTC a third of the time, else at a whole-minute offset within {@code ±maxOffsetMinutes}.
     * The smallest shape gives {@code fromSecond} at the most negative offset with no fraction, the largest {@code
     * toSecond} at the most positive one with nine digits.
     */
    public static OffsetDateTime between(Gen gen, long fromSecond, long toSecond, int maxOffsetMinutes) {
        long second = gen.between(fromSecond, toSecond);
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, nanos(gen)), offset(gen, maxOffsetMinutes));
    }

    /** Nanoseconds of a second: zero, whole milliseconds, whole microseconds or any. */
    public static int nanos(Gen gen) {
        return switch (gen.shape()) {
            case SMALLEST -> 0;
            case LARGEST -> 999_999_999;
            case RANDOM ->
                switch (gen.below(4)) {
                    case 0 -> 0;
                    case 1 -> gen.below(1000) * 1_000_000;
                    case 2 -> gen.below(1_000_000) * 1000;
                    default -> gen.below(1_000_000_000);
                };
        };
    }

    /** UTC a third of the time (in the random shape), else a whole-minute offset within ±{@code maxMinutes}. */
    public static ZoneOffset offset(Gen gen, int maxMinutes) {
        if (gen.shape() == Gen.Shape.RANDOM && gen.oneIn(3)) {
            return ZoneOffset.UTC;
        }
        return ZoneOffset.ofTotalSeconds(60 * gen.between(-maxMinutes, maxMinutes));
    }
}
