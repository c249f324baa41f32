package dev.beads.cli.session;

import java.nio.file.Path;

/** Opens sessions: the seam where the daemon issue plugs in a client (STYLE: one small interface). */
public interface SessionFactory {

    /**
     * A session on the workspace the options point at ({@code --db}, {@code BEADS_DIR}, else the nearest
     * {@code .beads/} at or above the working directory, not above the git root). Opening may be lazy: a missing
     * workspace is reported by the session's first {@code forRead}/{@code forWrite}.
     */
    Session open(SessionOptions options);

    /**
     * Creates a workspace in {@code root} ({@code bd init}) and opens it.
     *
     * @param prefix the issue id prefix, or null to take it from an existing JSONL or the directory name
     * @throws dev.beads.core.error.ConflictException when it is initialised already
     */
    Session initialise(Path root, String prefix, SessionOptions options);
}
