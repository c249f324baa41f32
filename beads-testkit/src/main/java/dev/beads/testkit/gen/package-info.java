/**
 * Seeded random generators for property tests: each case is made from one {@code long} seed, so a failure is
 * reproduced by its seed alone, on any machine.
 *
 * <h2>Writing a property</h2>
 *
 * <pre>{@code
 * @SeededTest(tries = 500)
 * void writeReadWrite_isIdentical(long seed) {
 *     Seeds.check(seed, gen -> new RandomIssues(gen).issues(8), issues -> {
 *         // assertions on the generated issues
 *     });
 * }
 * }</pre>
 *
 * <p>{@link dev.beads.testkit.gen.SeededTest} is a JUnit {@code @ParameterizedTest} with one invocation per seed,
 * named {@code seed N}. {@link dev.beads.testkit.gen.Seeds#check} builds the case from a {@link
 * dev.beads.testkit.gen.Gen} of that seed; when the property fails, the {@link AssertionError} begins {@code
 * property failed for seed N (random)}, then prints the case (control characters and surrogates as {@code \}{@code
 * uXXXX}), with the original failure as its cause.
 *
 * <h2>Which seeds run</h2>
 *
 * <p>Seeds 0 and 1 come first: the edge cases. {@link dev.beads.testkit.gen.Gen} takes every size and range at its
 * lower bound for seed 0 (empty strings and lists, absent fields, minimum numbers and times) and at its upper bound
 * for seed 1. Then {@code tries - 2} consecutive seeds from 2. The seeds are the same on every run, so the suite is
 * repeatable; to explore others, move the window.
 *
 * <h2>Re-running one seed</h2>
 *
 * <ul>
 *   <li>{@code -Dbeads.seed=N}: every seeded test runs seed {@code N} only. Surefire passes Maven's {@code -D}
 *       properties to the test JVM, so, for example: <br>
 *       {@code ./mvnw -pl beads-adapters-git -am verify -Dtest=JsonlPatchPropertyTest
 *       -Dsurefire.failIfNoSpecifiedTests=false -Dbeads.seed=417}
 *   <li>{@code -Dbeads.seed.start=S}: the random seeds are {@code S .. S + tries - 3} instead of {@code 2 ..}, to
 *       try cases the usual run does not.
 * </ul>
 *
 * <p>The generators: {@link dev.beads.testkit.gen.Texts} (strings with the characters escaping and encoding get
 * wrong), {@link dev.beads.testkit.gen.Times} (offsets and every precision of nanoseconds), {@link
 * dev.beads.testkit.gen.Json} (canonical JSON values), {@link dev.beads.testkit.gen.RandomIssues} (any issue, every
 * field) and {@link dev.beads.testkit.gen.RandomIssueGraphs} (valid graphs as a store holds them). beads-core's own
 * tests cannot depend on the testkit (the testkit depends on beads-core): they use a copy of the seed handling,
 * {@code dev.beads.core.Seeded} in beads-core's test sources, with the same properties.
 */
package dev.beads.testkit.gen;
