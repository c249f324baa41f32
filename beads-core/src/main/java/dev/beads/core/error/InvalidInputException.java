package dev.beads.core.error;

/** Input that cannot be accepted as given (a bad priority, an empty title, an unknown type). */
public class InvalidInputException extends BeadsException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID;
    }
}
