package dev.beads.adapters.git;

import dev.beads.adapters.git.merge.MergeDriver;
import dev.beads.core.error.BackendException;
import dev.beads.core.port.JsonlCodec;
import dev.beads.core.port.VcsState;
import dev.beads.core.port.VcsSync;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Opens {@link VcsSync} on JGit for a workspace. The public face of the adapter for code wired by hand (the CLI's
 * {@code bd sync}); JGit's classes load only when this is called.
 */
public final class JgitVcsSyncs {
    /** The default wait before the second try of a fetch or push (the third waits twice as long). */
    public static final Duration BACKOFF = Duration.ofSeconds(1);

    private JgitVcsSyncs() {}

    /**
     * The repository whose work tree holds {@code jsonl}, or empty with the reason when there is none.
     *
     * @param backoff the wait before the second try of a network call
     */
    public static Optional<VcsSync> open(Path jsonl, JsonlCodec codec, Duration backoff) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder()
                .readEnvironment()
                .findGitDir(jsonl.toAbsolutePath().getParent().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            Repository repo = builder.setMustExist(true).build();
            if (repo.isBare()) {
                repo.close();
                return Optional.empty();
            }
            return Optional.of(new JgitVcsSync(repo, jsonl, new MergeDriver(codec), new NetworkRetry(backoff)));
        } catch (IOException e) {
            throw new BackendException("cannot open the git repository of " + jsonl + ": " + e.getMessage(), e);
        }
    }

    /** The state of a workspace that has no repository. */
    public static VcsState notARepository(Path jsonl) {
        return new VcsState.NotARepository(jsonl.toAbsolutePath().getParent().toString());
    }
}
