package dev.beads.core.error;

/** A JSONL line that cannot be read: invalid JSON, a git conflict marker, a missing id or title, a bad value. */
public class JsonlFormatException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final int line;

    /**
     * @param source the file name shown to the user (for example {@code issues.jsonl})
     * @param line 1-based line number
     * @param problem what is wrong with the line
     */
    public JsonlFormatException(String source, int line, String problem) {
        super("line " + line + " of " + source + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
