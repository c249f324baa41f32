package dev.beads.core.error;

/** The request contradicts the workspace state: a dependency cycle, a duplicate id, a stale write. */
public class ConflictException extends BeadsException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }
}
