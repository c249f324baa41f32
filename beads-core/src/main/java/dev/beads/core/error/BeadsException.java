package dev.beads.core.error;

/** The one unchecked root of every beads failure. Messages say what failed and what to do next. */
public abstract class BeadsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected BeadsException(String message) {
        super(message);
    }

    protected BeadsException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The category that decides exit codes and JSON-RPC error codes. */
    public abstract ErrorKind kind();
}
