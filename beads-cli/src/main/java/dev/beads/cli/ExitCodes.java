package dev.beads.cli;

import dev.beads.core.error.BeadsException;
import dev.beads.core.error.ErrorKind;

/** The one table from failures to {@code bd}'s exit codes (STYLE §11). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int NOT_FOUND = 3;
    public static final int CONFLICT = 4;
    public static final int UNAVAILABLE = 5;

    private ExitCodes() {}

    /** The exit code of an error category. */
    public static int of(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> USAGE;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> CONFLICT;
            case BACKEND -> UNAVAILABLE;
            case INTERNAL -> INTERNAL;
        };
    }

    /** The exit code of any failure: beads failures by their kind, anything else is internal. */
    public static int of(Throwable failure) {
        return failure instanceof BeadsException beads ? of(beads.kind()) : INTERNAL;
    }
}
