package dev.beads.core;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * The seed handling of the testkit's generators ({@code dev.beads.testkit.gen.Seeds}, documented there), copied
 * for beads-core's own property tests: the testkit depends on beads-core, so beads-core's tests cannot use it
 * without a cycle in the build. Same seeds and the same system properties: {@code -Dbeads.seed=N} runs seed N
 * alone, {@code -Dbeads.seed.start=S} moves the random seeds. Seeds 0 and 1 come first; each generator makes them its
 * smallest and largest case ({@link Source#smallest}, {@link Source#largest}).
 */
public final class Seeded {
    private Seeded() {}

    /** Seeds 0 and 1, then {@code tries - 2} from {@code beads.seed.start} (2); only {@code beads.seed} if set. */
    public static LongStream seeds(int tries) {
        String only = System.getProperty("beads.seed", "").strip();
        if (!only.isEmpty()) {
            return LongStream.of(Long.parseLong(only));
        }
        long start = Long.parseLong(System.getProperty("beads.seed.start", "2").strip());
        return LongStream.concat(LongStream.of(0, 1), LongStream.range(start, start + tries - 2));
    }

    /** The random source of one case. */
    public record Source(long seed, SplittableRandom random) {
        /** Seed 0: the generator's lower bounds. */
        public boolean smallest() {
            return seed == 0;
        }

        /** Seed 1: the generator's upper bounds. */
        public boolean largest() {
            return seed == 1;
        }

        /** {@code min} for the smallest case, {@code max} for the largest, else uniform in {@code [min, max]}. */
        public int between(int min, int max) {
            return smallest() ? min : largest() ? max : random.nextInt(min, max + 1);
        }
    }

    /** A check of one generated case. */
    @FunctionalInterface
    public interface Property<T> {
        void verify(T value) throws Exception;
    }

    /** Checks {@code property} on the case of {@code seed}; a failure names the seed and prints the case. */
    public static <T> void check(long seed, Function<Source, T> generator, Property<T> property) {
        T value = generator.apply(new Source(seed, new SplittableRandom(seed)));
        try {
            property.verify(value);
        } catch (Exception | AssertionError e) {
            throw new AssertionError(
                    "property failed for seed " + seed + "; -Dbeads.seed=" + seed + " runs this seed alone. Case: "
                            + visible(String.valueOf(value)),
                    e);
        }
    }

    private static String visible(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c < 0x20 || c == 0x7f || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : c);
        }
        return sb.toString();
    }
}
