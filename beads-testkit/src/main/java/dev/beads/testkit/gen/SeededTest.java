package dev.beads.testkit.gen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A property run once per seed: the method takes one {@code long seed} and is invoked for the seeds of {@link
 * Seeds#seeds(int)} ({@code tries} of them: 0 and 1, the edge shapes, then random ones), each invocation named
 * {@code seed N} in the report. Generate the case with {@link Seeds#check} so that a failure names the seed and the
 * case.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "seed {0}")
@ArgumentsSource(SeedsProvider.class)
public @interface SeededTest {
    /** How many seeds (cases) to run; at least 2. */
    int tries();
}
