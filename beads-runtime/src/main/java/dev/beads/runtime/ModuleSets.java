package dev.beads.runtime;

import com.google.inject.Module;
import dev.beads.adapters.git.JsonlModule;
import dev.beads.adapters.sqlite.SqliteModule;
import dev.beads.core.model.Workspace;
import java.util.List;

/**
 * The composition root's whole module sets (STYLE 13). {@code direct}: the core in this process on SQLite and the
 * JSONL codec. The daemon and client sets arrive with the daemon issue.
 */
public final class ModuleSets {
    private ModuleSets() {}

    /**
     * In-process: core use cases, SQLite storage, Jackson JSONL. {@link Beads} builds the same set by hand, without
     * Guice, for start-up time; {@code DirectWiringTest} keeps the two equal.
     */
    public static List<Module> direct(Workspace workspace) {
        return List.of(new WorkspaceModule(workspace), new CoreModule(), new SqliteModule(), new JsonlModule());
    }
}
