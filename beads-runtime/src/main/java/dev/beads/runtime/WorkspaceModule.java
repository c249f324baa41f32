package dev.beads.runtime;

import com.google.inject.AbstractModule;
import dev.beads.core.model.Workspace;

/** Binds the workspace the other modules work on. */
final class WorkspaceModule extends AbstractModule {
    private final Workspace workspace;

    WorkspaceModule(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    protected void configure() {
        bind(Workspace.class).toInstance(workspace);
    }
}
