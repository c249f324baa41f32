package dev.beads.adapters.git;

import java.io.File;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In-process JGit without the machine's git configuration: no {@code ~/.gitconfig}, no system config, no
 * GIT_AUTHOR_* from the test JVM's environment (TestWorkspace isolates the git command the same way).
 */
public final class JgitIsolation implements BeforeAllCallback, AfterAllCallback {
    private SystemReader previous;

    @Override
    public void beforeAll(ExtensionContext context) {
        previous = SystemReader.getInstance();
        SystemReader.setInstance(new SystemReader.Delegate(previous) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, new File("/nonexistent/beads-test/gitconfig"), fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, new File("/nonexistent/beads-test/system-gitconfig"), fs);
            }

            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, new File("/nonexistent/beads-test/jgit-config"), fs);
            }

            @Override
            public String getenv(String variable) {
                return variable.startsWith("GIT_") ? null : super.getenv(variable);
            }
        });
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SystemReader.setInstance(previous);
    }
}
