package dev.beads.core.error;

/** An issue id (or another key) that is not in the workspace. */
public class NotFoundException extends BeadsException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    /** The message Go bd prints for an unknown issue id, which scripts grep for. */
    public static NotFoundException issue(String id) {
        return new NotFoundException("no issue found matching \"" + id + "\": check the id with bd list");
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.NOT_FOUND;
    }
}
