package dev.beads.adapters.git;

/**
 * What is wrong with one JSONL line, thrown while parsing it; the codec adds the file name and line number and
 * re-throws it as {@link dev.beads.core.error.JsonlFormatException}. Carries no stack trace: it is an expected
 * outcome of bad input, not a bug.
 */
final class JsonlProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JsonlProblem(String problem) {
        super(problem, null, false, false);
    }
}
