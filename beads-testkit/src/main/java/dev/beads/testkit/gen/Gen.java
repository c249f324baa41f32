package dev.beads.testkit.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The random source of one generated case, made from its seed: the same seed gives the same case on every machine
 * and every run.
 *
 * <p>Two kinds of choice. <em>Sizes and ranges</em> ({@link #between}, {@link #size}, {@link #present}, {@link
 * #list}) follow the case's {@link Shape}: seed 0 takes every lower bound (empty strings and lists, absent optional
 * values, minimum numbers), seed 1 every upper bound, other seeds are uniform. These are the edge cases a
 * property-testing library mixes in first. <em>Picks</em> ({@link #below}, {@link #pick}, {@link #coin}, {@link
 * #oneIn}, {@link #random}) are uniform in every shape, so that even the edge cases vary their characters and ids
 * (and generators that need distinct values never loop).
 */
public final class Gen {
    /** How sizes and ranges are chosen. */
    public enum Shape {
        /** Every size and range at its lower bound, every optional value absent (seed 0). */
        SMALLEST,
        /** Every size and range at its upper bound, every optional value present (seed 1). */
        LARGEST,
        /** Uniform (every other seed). */
        RANDOM
    }

    private final long seed;
    private final Shape shape;
    private final SplittableRandom random;

    private Gen(long seed, Shape shape) {
        this.seed = seed;
        this.shape = shape;
        this.random = new SplittableRandom(seed);
    }

    /** The source for {@code seed}: seed 0 is {@link Shape#SMALLEST}, seed 1 {@link Shape#LARGEST}. */
    public static Gen of(long seed) {
        return new Gen(seed, seed == 0 ? Shape.SMALLEST : seed == 1 ? Shape.LARGEST : Shape.RANDOM);
    }

    public long seed() {
        return seed;
    }

    public Shape shape() {
        return shape;
    }

    /** The underlying uniform generator (for shuffles and library calls); unaffected by the shape. */
    public RandomGenerator random() {
        return random;
    }

    /** A size or magnitude in {@code [min, max]}, following the shape. */
    public int between(int min, int max) {
        return switch (shape) {
            case SMALLEST -> min;
            case LARGEST -> max;
            case RANDOM -> random.nextInt(min, max + 1);
        };
    }

    /** A magnitude in {@code [min, max]}, following the shape. */
    public long between(long min, long max) {
        return switch (shape) {
            case SMALLEST -> min;
            case LARGEST -> max;
            case RANDOM -> {
                if (max < Long.MAX_VALUE) {
                    yield random.nextLong(min, max + 1);
                }
                yield min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
            }
        };
    }

    /** A length in {@code [0, max]}, following the shape. */
    public int size(int max) {
        return between(0, max);
    }

    /** Whether an optional value is there: never for seed 0, always for seed 1, half the time otherwise. */
    public boolean present() {
        return switch (shape) {
            case SMALLEST -> false;
            case LARGEST -> true;
            case RANDOM -> random.nextBoolean();
        };
    }

    /** A uniform index in {@code [0, bound)}, whatever the shape. */
    public int below(int bound) {
        return random.nextInt(bound);
    }

    /** A uniform boolean, whatever the shape. */
    public boolean coin() {
        return random.nextBoolean();
    }

    /** True one time in {@code n}, whatever the shape. */
    public boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    @SafeVarargs
    public final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    public int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Up to {@code max} elements (the count follows the shape). */
    public <T> List<T> list(int max, Supplier<T> element) {
        int n = size(max);
        List<T> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(element.get());
        }
        return values;
    }

    /** {@code value} when {@link #present()}, else the empty string (Go's zero value for a string field). */
    public String maybe(Supplier<String> value) {
        return present() ? value.get() : "";
    }

    /** {@code value} when {@link #present()}, else null. */
    public <T> T maybeNull(Supplier<T> value) {
        return present() ? value.get() : null;
    }

    @Override
    public String toString() {
        return "seed " + seed + " (" + shape.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
