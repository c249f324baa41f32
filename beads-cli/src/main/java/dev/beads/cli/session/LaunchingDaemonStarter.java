package dev.beads.cli.session;

import dev.beads.core.model.Workspace;
import dev.beads.daemon.DaemonFiles;
import dev.beads.daemon.config.DaemonSettings;
import dev.beads.daemon.launch.DaemonLauncher;
import dev.beads.daemon.launch.LaunchResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daemon module's launcher behind {@link DaemonStarter}: {@code daemon.auto_start} from
 * {@link DaemonSettings} (environment, then config.yaml, then the default), and {@link DaemonLauncher} to start
 * {@code bd daemon run} for {@code mainClass} detached. A config.yaml that cannot be read leaves auto-start at its
 * environment or default value (its warning is the daemon's to log).
 */
public final class LaunchingDaemonStarter implements DaemonStarter {
    private final String mainClass;

    /**
     * @param mainClass the class whose {@code main} is {@code bd}; the launcher itself is made only when a daemon
     *     is to be started, so that a command run in-process ({@code --no-daemon}) loads none of its classes
     */
    public LaunchingDaemonStarter(String mainClass) {
        this.mainClass = mainClass;
    }

    @Override
    public boolean autoStartEnabled(Workspace workspace, Map<String, String> env) {
        return DaemonSettings.of(workspace.beadsDir(), env).autoStart();
    }

    @Override
    public Optional<String> start(Workspace workspace, Path socket, Map<String, String> env) {
        LaunchResult result =
                new DaemonLauncher(mainClass).ensureRunning(workspace, env, DaemonLauncher.DEFAULT_TIMEOUT, List.of());
        if (result instanceof LaunchResult.Failed failed) {
            return Optional.of(failed.reason());
        }
        return Optional.empty();
    }

    @Override
    public Path log(Workspace workspace) {
        return workspace.beadsDir().resolve(DaemonFiles.LOG);
    }
}
