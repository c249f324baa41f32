package dev.beads.mcp;

import dev.beads.core.model.Workspace;
import java.nio.file.Path;

/**
 * Where a workspace's ports come from: the one place that decides between the core in this process and a workspace
 * daemon's client ports. Thread-safe.
 */
interface PortsSource {

    /**
     * Opens the ports of an existing workspace.
     *
     * @throws dev.beads.core.error.NotFoundException when the workspace has no {@code .beads/}
     * @throws dev.beads.core.error.BackendException when its database cannot be opened
     */
    Opened open(Workspace workspace);

    /**
     * Creates a workspace in {@code root} ({@code bd init}) and opens its ports.
     *
     * @param prefix the id prefix, or null for the directory's name
     * @throws dev.beads.core.error.ConflictException when {@code root} already has one
     */
    Opened init(Path root, String prefix);

    /** Ports and what releases them. */
    record Opened(WorkspacePorts ports, AutoCloseable resource) {}
}
