package dev.beads.runtime;

import dev.beads.core.api.ConfigCommands;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.IssueCommands;
import dev.beads.core.api.IssueQueries;
import dev.beads.core.api.SyncCommands;
import dev.beads.core.error.ConflictException;
import dev.beads.core.error.IoProblems;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.Workspace;
import dev.beads.core.port.ChangeFeed;
import dev.beads.core.port.Clock;
import dev.beads.core.service.HashIdGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * The embedded API: one open workspace and its driving ports, wired in this process as {@link ModuleSets#direct}
 * binds them, but by constructor calls ({@code DirectWiring}) rather than a Guice injector. Why: the {@code bd} CLI
 * is a short-lived process that opens a {@code Beads} per command, and the injector cost it ~140 ms and ~500
 * classes (Guice and Guava) of cold start. {@code DirectWiringTest} fails if the two wirings drift apart.
 *
 * <pre>{@code
 * try (Beads beads = Beads.init(dir, "demo")) {
 *     Issue issue = beads.issues().create(CreateIssue.titled("Write the README", "alice"));
 *     List<Issue> ready = beads.queries().ready(WorkFilter.ALL);
 * }
 * }</pre>
 *
 * <p>Thread-safe. Closing releases the database; the JSONL is written by {@code sync().flushIfDirty()} (the CLI
 * calls it after each mutation) or {@code sync().export(...)}.
 */
public final class Beads implements AutoCloseable {
    /** The configuration key that holds the issue id prefix. */
    public static final String PREFIX_KEY = "issue_prefix";

    private final Workspace workspace;
    private final DirectWiring wiring;

    private Beads(Workspace workspace, DirectWiring wiring) {
        this.workspace = workspace;
        this.wiring = wiring;
    }

    /**
     * Loads what the first change of a process needs, for a caller with an idle thread while {@link #open} runs on
     * another: the JDK's SHA-256 provider behind hash ids (~10 ms in a cold JVM) and the time-zone rules behind the
     * change's timestamp (a few ms). Never required.
     */
    public static void prepareForChanges() {
        HashIdGenerator.prepare();
        ZoneId.systemDefault().getRules();
    }

    /**
     * Creates {@code root/.beads} (beads.db, the JSONL, metadata.json, config.yaml, .gitignore) and sets the issue
     * prefix. In a clone that already has a JSONL, imports it.
     *
     * @param prefix the id prefix; null to take it from an existing JSONL, else from the directory name
     * @throws ConflictException when the workspace is already initialised
     */
    public static Beads init(Path root, String prefix) {
        Path dir = root.toAbsolutePath().normalize();
        Workspace workspace = Files.isDirectory(dir.resolve(Workspace.BEADS_DIR))
                ? WorkspaceLayout.read(dir.resolve(Workspace.BEADS_DIR)).workspace()
                : Workspace.at(dir);
        if (Files.exists(workspace.database())) {
            throw new ConflictException("a beads workspace is already initialised at " + workspace.beadsDir()
                    + ": use it as it is, or remove " + workspace.database() + " to start over");
        }
        WorkspaceFiles.create(workspace);
        Beads beads = open(workspace);
        try {
            beads.config().set(PREFIX_KEY, WorkspaceFiles.validatePrefix(choosePrefix(beads, prefix)));
            if (hasIssues(workspace.jsonl())) {
                beads.sync().importIssues(new ImportIssues(null, false, "bd init"));
            } else {
                createEmptyJsonl(workspace.jsonl());
            }
            return beads;
        } catch (RuntimeException e) {
            beads.close();
            throw e;
        }
    }

    /**
     * Opens the workspace that holds {@code start}: the nearest {@code .beads/} at or above it, not above the git
     * root.
     *
     * @throws NotFoundException when there is none
     */
    public static Beads open(Path start) {
        Workspace workspace = WorkspaceLocator.walkUp(start.toAbsolutePath().normalize())
                .orElseThrow(() ->
                        new NotFoundException("no beads workspace found in " + start + " or its parents: run bd init"));
        return open(workspace);
    }

    /** Opens exactly this workspace, creating or upgrading its database schema. */
    public static Beads open(Workspace workspace) {
        requireBeadsDir(workspace);
        return new Beads(workspace, DirectWiring.open(workspace));
    }

    /**
     * {@link #open(Workspace)} with the time taken from {@code clock}: two workspaces on one fixed clock given the
     * same commands end up byte for byte the same (issue ids hash the creation time), which is how the CLI's
     * daemon mode is compared with its in-process mode.
     */
    public static Beads open(Workspace workspace, Clock clock) {
        requireBeadsDir(workspace);
        return new Beads(workspace, DirectWiring.open(workspace, clock));
    }

    private static void requireBeadsDir(Workspace workspace) {
        if (!Files.isDirectory(workspace.beadsDir())) {
            throw new NotFoundException(
                    "no beads workspace at " + workspace.beadsDir() + ": run bd init in " + workspace.root());
        }
    }

    private static String choosePrefix(Beads beads, String requested) {
        if (requested != null && !requested.isBlank()) {
            return requested;
        }
        List<Issue> existing = beads.wiring.codec().read(beads.workspace.jsonl());
        if (!existing.isEmpty()) {
            return existing.get(0).id().prefix();
        }
        Path name = beads.workspace.root().getFileName();
        return name == null ? "bd" : name.toString();
    }

    private static boolean hasIssues(Path jsonl) {
        try {
            return Files.isRegularFile(jsonl) && Files.size(jsonl) > 0;
        } catch (IOException e) {
            throw IoProblems.failure("cannot read " + jsonl, e);
        }
    }

    private static void createEmptyJsonl(Path jsonl) {
        try {
            if (!Files.exists(jsonl)) {
                Files.createFile(jsonl);
            }
        } catch (IOException e) {
            throw IoProblems.failure("cannot create " + jsonl, e);
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    public IssueCommands issues() {
        return wiring.issues();
    }

    public IssueQueries queries() {
        return wiring.queries();
    }

    public ConfigCommands config() {
        return wiring.config();
    }

    public SyncCommands sync() {
        return wiring.sync();
    }

    /**
     * The changes committed through this instance's ports, published after each transaction (not those of other
     * processes on the same workspace: a daemon's feed has those).
     */
    public ChangeFeed changes() {
        return wiring.feed();
    }

    /** Closes the database. Idempotent. */
    @Override
    public void close() {
        wiring.repository().close();
    }
}
