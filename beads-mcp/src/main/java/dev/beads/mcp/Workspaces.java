package dev.beads.mcp;

import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Workspace;
import dev.beads.runtime.WorkspaceLocator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The workspaces this server has opened, one set of ports each (several workspaces in one server), and how a tool
 * call finds its workspace: the call's {@code workspace_root}, then the one set with {@code context}, then
 * {@code BEADS_WORKING_DIR} (beads-mcp's variable), then the client's roots in order, then {@code BEADS_DIR} or the
 * server's working directory. Each is looked up as {@code bd} does: the nearest {@code .beads/} at or above it, not
 * above the git root. Thread-safe.
 */
final class Workspaces implements AutoCloseable {
    private final PortsSource source;
    private final Path cwd;
    private final Map<String, String> env;
    private final Map<Path, PortsSource.Opened> open = new LinkedHashMap<>();
    private final List<Consumer<WorkspacePorts>> openListeners = new CopyOnWriteArrayList<>();
    private volatile Path context;

    Workspaces(PortsSource source, Path cwd, Map<String, String> env) {
        this.source = source;
        this.cwd = cwd.toAbsolutePath().normalize();
        this.env = Map.copyOf(env);
    }

    /** Called with each workspace's ports when they are first opened (resources subscribe to their changes). */
    void onOpen(Consumer<WorkspacePorts> listener) {
        openListeners.add(listener);
    }

    /** The directory {@code context} set, or null. */
    Path context() {
        return context;
    }

    /** Sets the directory calls without a {@code workspace_root} work in. */
    void setContext(Path dir) {
        context = dir;
    }

    Path cwd() {
        return cwd;
    }

    Map<String, String> env() {
        return env;
    }

    /**
     * The ports for a call.
     *
     * @param workspaceRoot the call's {@code workspace_root}, or null
     * @param roots the client's roots, asked for only when nothing before them decides
     * @throws NotFoundException with the CLI's message when no workspace is found
     */
    WorkspacePorts resolve(String workspaceRoot, RootsSupplier roots) {
        Path start = explicitStart(workspaceRoot);
        if (start != null) {
            return ports(find(start).orElseThrow(() -> notFound(start)));
        }
        for (Path root : roots.roots()) {
            Optional<Workspace> found = find(root);
            if (found.isPresent()) {
                return ports(found.get());
            }
        }
        return ports(WorkspaceLocator.locate(cwd, null, env).orElseThrow(() -> notFound(cwd)));
    }

    /** The directory a call names, the context, or {@code BEADS_WORKING_DIR}; null when none does. */
    Path explicitStart(String workspaceRoot) {
        if (workspaceRoot != null && !workspaceRoot.isBlank()) {
            return cwd.resolve(workspaceRoot).toAbsolutePath().normalize();
        }
        if (context != null) {
            return context;
        }
        String fromEnv = env.get("BEADS_WORKING_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return cwd.resolve(fromEnv).toAbsolutePath().normalize();
        }
        return null;
    }

    /** The workspace at or above {@code start}, if any. */
    static Optional<Workspace> find(Path start) {
        return WorkspaceLocator.locate(start, null, Map.of());
    }

    /** Creates a workspace in {@code root} and opens it. */
    synchronized WorkspacePorts init(Path root, String prefix) {
        PortsSource.Opened opened = source.init(root, prefix);
        return register(opened);
    }

    private synchronized WorkspacePorts ports(Workspace workspace) {
        PortsSource.Opened opened = open.get(workspace.beadsDir());
        if (opened != null) {
            return opened.ports();
        }
        return register(source.open(workspace));
    }

    private WorkspacePorts register(PortsSource.Opened opened) {
        open.put(opened.ports().workspace().beadsDir(), opened);
        for (Consumer<WorkspacePorts> listener : openListeners) {
            listener.accept(opened.ports());
        }
        return opened.ports();
    }

    /** The open workspaces, in the order they were opened. */
    synchronized List<WorkspacePorts> opened() {
        List<WorkspacePorts> all = new ArrayList<>();
        for (PortsSource.Opened opened : open.values()) {
            all.add(opened.ports());
        }
        return all;
    }

    static NotFoundException notFound(Path dir) {
        return new NotFoundException(
                "no beads workspace found in " + dir + " or its parents (up to the git root): run bd init");
    }

    /** Releases every workspace (databases, daemon connections). */
    @Override
    public synchronized void close() {
        for (PortsSource.Opened opened : open.values()) {
            try {
                opened.resource().close();
            } catch (Exception e) {
                // Closing at shutdown: nothing to do about a failure but go on with the others.
            }
        }
        open.clear();
    }

    /** The client's roots as local directories, fetched on demand. */
    interface RootsSupplier {
        List<Path> roots();
    }
}
