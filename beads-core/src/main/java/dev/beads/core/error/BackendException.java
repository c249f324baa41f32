package dev.beads.core.error;

/** Storage, file system or daemon failure; adapters wrap their low-level exceptions in it, naming what they touched. */
public class BackendException extends BeadsException {
    private static final long serialVersionUID = 1L;

    public BackendException(String message) {
        super(message);
    }

    public BackendException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.BACKEND;
    }
}
