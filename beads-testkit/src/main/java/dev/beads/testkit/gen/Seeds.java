package dev.beads.testkit.gen;

import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Which seeds a property runs, and the failure report that names the one that broke it. See the package
 * documentation for how to re-run one seed.
 */
public final class Seeds {
    /** System property: run only this seed (every seeded test of the run). */
    public static final String SEED = "beads.seed";

    /** System property: the first random seed (default 2), to explore seeds other than the usual ones. */
    public static final String START = "beads.seed.start";

    private static final int MAX_CASE_TEXT = 20_000;

    private Seeds() {}

    /**
     * {@code tries} seeds: 0 and 1 (the smallest and largest shapes of {@link Gen}), then {@code tries - 2}
     * consecutive seeds from {@value #START} (default 2). Only the seed of {@value #SEED} when that is set.
     */
    public static LongStream seeds(int tries) {
        if (tries < 2) {
            throw new IllegalArgumentException("tries must be at least 2, not " + tries);
        }
        String only = System.getProperty(SEED, "").strip();
        if (!only.isEmpty()) {
            return LongStream.of(Long.parseLong(only));
        }
        long start = Long.parseLong(System.getProperty(START, "2").strip());
        return LongStream.concat(LongStream.of(0, 1), LongStream.range(start, start + tries - 2));
    }

    /** A check of one generated case. */
    @FunctionalInterface
    public interface Property<T> {
        void verify(T value) throws Exception;
    }

    /**
     * Generates the case of {@code seed} and checks {@code property} on it. Any failure (an assertion or an
     * exception) is rethrown as an {@link AssertionError} that starts with the seed and prints the case, the
     * original failure as its cause.
     */
    public static <T> void check(long seed, Function<Gen, T> generator, Property<T> property) {
        Gen gen = Gen.of(seed);
        T value;
        try {
            value = generator.apply(gen);
        } catch (RuntimeException e) {
            throw new AssertionError("generator failed for " + gen, e);
        }
        try {
            property.verify(value);
        } catch (Exception | AssertionError e) {
            throw new AssertionError(failure(gen, value), e);
        }
    }

    static String failure(Gen gen, Object value) {
        String text = Texts.visible(String.valueOf(value));
        if (text.length() > MAX_CASE_TEXT) {
            text = text.substring(0, MAX_CASE_TEXT) + "… (" + text.length() + " characters)";
        }
        return "property failed for " + gen + "; -D" + SEED + "=" + gen.seed() + " runs this seed alone. Case: " + text;
    }
}
