package dev.beads.core.error;

/**
 * The closed set of failure categories. The CLI maps each to an exit code and the JSON-RPC layer to an error code
 * (one table each), so a daemon client can re-throw exactly what the core threw.
 */
public enum ErrorKind {
    /** Malformed or out-of-range input: a usage problem the caller can fix. */
    INVALID,
    /** An id or key that does not exist. */
    NOT_FOUND,
    /** The request contradicts the current state: a dependency cycle, a stale write, a duplicate id. */
    CONFLICT,
    /** Storage, file system or daemon could not do the work. */
    BACKEND,
    /** A bug: something that should not happen. */
    INTERNAL
}
