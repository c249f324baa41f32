package dev.beads.core.port;

import java.nio.file.Path;

/**
 * Version control of the JSONL, for the sync flow (DESIGN §6): commit the JSONL alone, push it to the tracked
 * upstream, bring the upstream's commits in. Implemented on JGit ({@code beads-adapters-git}).
 *
 * <p>What a user has staged or changed in other files is never touched: a commit holds the JSONL and nothing else,
 * a pull updates only the files the upstream changed and refuses when that would overwrite a local change. Expected
 * outcomes (nothing to commit, no upstream, a repository in the middle of a merge, a remote that cannot be reached
 * after the retries) are values the daemon can log and show, not exceptions; exceptions mean the repository could
 * not be read or written at all ({@link dev.beads.core.error.BackendException}, naming the repository).
 *
 * <p>One instance serves one work tree. Methods may be called from any thread, one at a time (the sync thread).
 */
public interface VcsSync extends AutoCloseable {

    /** Whether a commit can be made now, and if not, why (a merge in progress, a detached HEAD, no commit yet). */
    VcsState state();

    /**
     * Where the current branch stands against its upstream, as last fetched (no network): what {@code bd sync
     * --status} shows.
     */
    VcsStatus status();

    /**
     * The content of {@code file} in HEAD's commit: what the next commit of it replaces (the sync's check against
     * mass deletion compares the two). Empty when HEAD has no such file or there is no commit yet.
     */
    byte[] committed(Path file);

    /**
     * Commits the working-tree content of {@code file} (the JSONL) on the current branch, and nothing else: the
     * commit's tree is HEAD's with that one file replaced, the index entry of that file is updated to match, every
     * other index entry and working-tree file is left as it was. No hooks run. The author is the repository's git
     * configuration ({@code user.name}, {@code user.email}) when it names one, else {@code actor}.
     *
     * @param file a file inside the work tree
     * @return {@link CommitOutcome.Committed} with the new commit's id; {@link CommitOutcome.NothingToCommit} when
     *     HEAD already holds that content; {@link CommitOutcome.Refused} with the state when {@link #state()} is not
     *     ready (nothing changed then)
     */
    CommitOutcome commit(Path file, String message, String actor);

    /**
     * Pushes the current branch to its upstream. A network failure is retried with exponential backoff (3 tries in
     * all); the local commits are kept whatever happens. A push the remote rejects as not fast-forward fetches,
     * merges the upstream ({@link #pull()}'s merge) and pushes again.
     *
     * @return what happened: {@link PushOutcome.Pushed}, {@link PushOutcome.UpToDate}, {@link PushOutcome.NoUpstream},
     *     {@link PushOutcome.Failed} (the reason and the attempts made), {@link PushOutcome.Refused} (not ready, or
     *     the merge before the second push could not be made)
     */
    PushOutcome push();

    /**
     * Fetches the upstream (network failures retried as for {@link #push()}) and brings its commits in: a
     * fast-forward when the local branch has nothing of its own, else a merge commit in which the JSONL is merged
     * by the beads merge rules (field by field) and other files by git's usual three-way merge. The working tree and
     * index are updated only for the files the upstream changed.
     *
     * @return {@link PullOutcome.UpToDate} (nothing new), {@link PullOutcome.Updated} (HEAD moved; whether it was a
     *     merge), {@link PullOutcome.NoUpstream}, {@link PullOutcome.Failed} (fetch failed after the retries), {@link
     *     PullOutcome.Refused} (not ready; a conflict in a file other than the JSONL; a local change in a file the
     *     upstream changed): nothing changed then
     */
    PullOutcome pull();

    /** Releases the repository (open files, caches). Idempotent. */
    @Override
    void close();
}
