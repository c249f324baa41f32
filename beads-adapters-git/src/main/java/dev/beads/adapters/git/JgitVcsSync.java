package dev.beads.adapters.git;

import dev.beads.adapters.git.merge.MergeDriver;
import dev.beads.core.error.BackendException;
import dev.beads.core.port.CommitOutcome;
import dev.beads.core.port.PullOutcome;
import dev.beads.core.port.PushOutcome;
import dev.beads.core.port.VcsState;
import dev.beads.core.port.VcsStatus;
import dev.beads.core.port.VcsSync;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.errors.CheckoutConflictException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * {@link VcsSync} on JGit. Commits are built from HEAD's tree with the one file replaced, never from the user's
 * index (which keeps every entry but that file's); pulls update the working tree through JGit's checkout, which
 * refuses to overwrite a local change. See {@link VcsSync} for the promises.
 */
final class JgitVcsSync implements VcsSync {
    private final Repository repo;
    private final String jsonlPath;
    private final MergeDriver driver;
    private final NetworkRetry retry;

    /**
     * @param repo the work tree's repository (not bare)
     * @param jsonl the JSONL inside its work tree: the file a pull merges by the beads rules
     */
    JgitVcsSync(Repository repo, Path jsonl, MergeDriver driver, NetworkRetry retry) {
        this.repo = repo;
        this.jsonlPath = JgitRepositories.relative(repo, jsonl);
        this.driver = driver;
        this.retry = retry;
    }

    @Override
    public VcsState state() {
        try {
            return JgitRepositories.state(repo);
        } catch (IOException e) {
            throw failure("cannot read the state of", e);
        }
    }

    @Override
    public VcsStatus status() {
        VcsState state = state();
        if (!(state instanceof VcsState.Ready ready)) {
            return new VcsStatus(state, "", 0, 0);
        }
        String tracking = new BranchConfig(repo.getConfig(), ready.branch()).getRemoteTrackingBranch();
        try (RevWalk walk = new RevWalk(repo)) {
            ObjectId remote = tracking == null ? null : repo.resolve(tracking);
            if (remote == null) {
                return new VcsStatus(state, tracking == null ? "" : Repository.shortenRefName(tracking), 0, 0);
            }
            RevCommit head = walk.parseCommit(repo.resolve(Constants.HEAD));
            RevCommit upstream = walk.parseCommit(remote);
            return new VcsStatus(
                    state,
                    Repository.shortenRefName(tracking),
                    JgitRepositories.count(repo, head, upstream),
                    JgitRepositories.count(repo, upstream, head));
        } catch (IOException e) {
            throw failure("cannot compare the branch with its upstream in", e);
        }
    }

    @Override
    public byte[] committed(Path file) {
        try {
            ObjectId head = repo.resolve(Constants.HEAD + "^{tree}");
            return head == null ? new byte[0] : JgitTrees.read(repo, head, JgitRepositories.relative(repo, file));
        } catch (IOException e) {
            throw failure("cannot read HEAD's " + file.getFileName() + " in", e);
        }
    }

    @Override
    public CommitOutcome commit(Path file, String message, String actor) {
        VcsState state = state();
        if (!(state instanceof VcsState.Ready)) {
            return new CommitOutcome.Refused(state);
        }
        String path = JgitRepositories.relative(repo, file);
        try (RevWalk walk = new RevWalk(repo);
                ObjectInserter inserter = repo.newObjectInserter()) {
            RevCommit head = walk.parseCommit(repo.resolve(Constants.HEAD));
            byte[] content = Files.readAllBytes(file);
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB, content);
            ObjectId tree = JgitTrees.withFile(repo, inserter, head.getTree(), path, blob);
            DirCache index = repo.lockDirCache();
            try {
                if (tree.equals(head.getTree())) {
                    inserter.flush();
                    JgitRepositories.stage(index, path, blob, file, content.length);
                    return new CommitOutcome.NothingToCommit();
                }
                ObjectId commit = inserter.insert(commitOf(tree, message, actor, head));
                inserter.flush();
                move(head, commit, "commit: " + firstLine(message));
                JgitRepositories.stage(index, path, blob, file, content.length);
                return new CommitOutcome.Committed(commit.name());
            } finally {
                index.unlock();
            }
        } catch (IOException e) {
            throw failure("cannot commit " + path + " in", e);
        }
    }

    @Override
    public PushOutcome push() {
        VcsState state = state();
        if (!(state instanceof VcsState.Ready ready)) {
            return new PushOutcome.Refused(state.describe());
        }
        BranchConfig upstream = new BranchConfig(repo.getConfig(), ready.branch());
        if (upstream.getRemote() == null || upstream.getMerge() == null) {
            return new PushOutcome.NoUpstream(ready.branch());
        }
        PushOutcome first = pushOnce(ready.branch(), upstream, false);
        if (!(first instanceof PushOutcome.Refused refused) || !refused.reason().equals(NOT_FAST_FORWARD)) {
            return first;
        }
        // The remote moved on: bring its commits in (the JSONL merged by the beads rules), then push the merge.
        PullOutcome pulled = pull();
        return switch (pulled) {
            case PullOutcome.Updated updated -> pushOnce(ready.branch(), upstream, true);
            case PullOutcome.UpToDate upToDate -> pushOnce(ready.branch(), upstream, true);
            case PullOutcome.NoUpstream none -> new PushOutcome.NoUpstream(none.branch());
            case PullOutcome.Failed failed -> new PushOutcome.Failed(failed.reason(), failed.attempts());
            case PullOutcome.Refused why -> new PushOutcome.Refused(why.reason());
        };
    }

    private static final String NOT_FAST_FORWARD = "the remote has commits this branch lacks (not a fast-forward)";

    private PushOutcome pushOnce(String branch, BranchConfig upstream, boolean mergedFirst) {
        String remote = upstream.getRemote();
        RefSpec spec = new RefSpec(Constants.R_HEADS + branch + ":" + upstream.getMerge());
        NetworkRetry.Attempted<Iterable<PushResult>> pushed = retry.run(
                "push",
                () -> Git.wrap(repo).push().setRemote(remote).setRefSpecs(spec).call());
        if (!pushed.ok()) {
            return new PushOutcome.Failed(reason(pushed.failure()), pushed.attempts());
        }
        for (PushResult result : pushed.value()) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                switch (update.getStatus()) {
                    case OK:
                        return new PushOutcome.Pushed(remote, upstream.getMerge(), mergedFirst);
                    case UP_TO_DATE:
                        return mergedFirst
                                ? new PushOutcome.Pushed(remote, upstream.getMerge(), true)
                                : new PushOutcome.UpToDate();
                    case REJECTED_NONFASTFORWARD:
                    case REJECTED_REMOTE_CHANGED:
                        return mergedFirst
                                ? new PushOutcome.Failed("the remote moved again while merging; try later", 1)
                                : new PushOutcome.Refused(NOT_FAST_FORWARD);
                    default:
                        return new PushOutcome.Failed(
                                "the remote refused the push: " + update.getStatus()
                                        + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")"),
                                pushed.attempts());
                }
            }
        }
        return new PushOutcome.UpToDate();
    }

    @Override
    public PullOutcome pull() {
        VcsState state = state();
        if (!(state instanceof VcsState.Ready ready)) {
            return new PullOutcome.Refused(state.describe());
        }
        BranchConfig upstream = new BranchConfig(repo.getConfig(), ready.branch());
        String tracking = upstream.getRemoteTrackingBranch();
        if (upstream.getRemote() == null || tracking == null) {
            return new PullOutcome.NoUpstream(ready.branch());
        }
        NetworkRetry.Attempted<Object> fetched = retry.run(
                "fetch",
                () -> Git.wrap(repo).fetch().setRemote(upstream.getRemote()).call());
        if (!fetched.ok()) {
            return new PullOutcome.Failed(reason(fetched.failure()), fetched.attempts());
        }
        try {
            return bringIn(tracking);
        } catch (IOException e) {
            throw failure("cannot merge " + tracking + " in", e);
        }
    }

    private PullOutcome bringIn(String tracking) throws IOException {
        ObjectId remoteId = repo.resolve(tracking);
        if (remoteId == null) {
            return new PullOutcome.UpToDate();
        }
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit head = walk.parseCommit(repo.resolve(Constants.HEAD));
            RevCommit remote = walk.parseCommit(remoteId);
            if (walk.isMergedInto(remote, head)) {
                return new PullOutcome.UpToDate();
            }
            if (walk.isMergedInto(head, walk.parseCommit(remoteId))) {
                return checkoutAndMove(head, remote, remote, false);
            }
            JgitMerge.Result merged = JgitMerge.merge(repo, driver, head, remote, jsonlPath);
            if (!merged.clean()) {
                return new PullOutcome.Refused("merging " + Repository.shortenRefName(tracking) + " conflicts in "
                        + String.join(", ", merged.conflicts()) + ": merge it yourself");
            }
            ObjectId commit;
            try (ObjectInserter inserter = repo.newObjectInserter()) {
                String message = "Merge remote-tracking branch '" + Repository.shortenRefName(tracking) + "'";
                commit = inserter.insert(commitOf(merged.tree(), message, null, head, remote));
                inserter.flush();
            }
            return checkoutAndMove(head, walk.parseCommit(commit), walk.parseCommit(commit), true);
        }
    }

    /** Updates the working tree and index from HEAD's tree to {@code target}'s, then moves the branch. */
    private PullOutcome checkoutAndMove(RevCommit head, RevCommit target, RevCommit newHead, boolean merge)
            throws IOException {
        DirCache index = repo.lockDirCache();
        try {
            DirCacheCheckout checkout = new DirCacheCheckout(repo, head.getTree(), index, target.getTree());
            checkout.setFailOnConflict(true);
            checkout.checkout();
        } catch (CheckoutConflictException e) {
            return new PullOutcome.Refused("local changes to " + String.join(", ", conflicts(e))
                    + " would be overwritten by the upstream's: commit or stash them");
        } finally {
            index.unlock();
        }
        move(head, newHead, merge ? "merge: " + firstLine(newHead.getFullMessage()) : "pull: fast-forward");
        return new PullOutcome.Updated(newHead.name(), merge);
    }

    private static List<String> conflicts(CheckoutConflictException e) {
        String[] paths = e.getConflictingFiles();
        return paths == null ? List.of(String.valueOf(e.getMessage())) : List.of(paths);
    }

    private CommitBuilder commitOf(ObjectId tree, String message, String actor, ObjectId... parents) {
        PersonIdent who = author(actor);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        commit.setParentIds(parents);
        commit.setAuthor(who);
        commit.setCommitter(who);
        commit.setMessage(message.endsWith("\n") ? message : message + "\n");
        return commit;
    }

    /** git config's user when it names one (or GIT_AUTHOR_* do), else the actor, with no address of its own. */
    private PersonIdent author(String actor) {
        UserConfig user = repo.getConfig().get(UserConfig.KEY);
        String fallback = actor == null || actor.isBlank() ? "bd" : actor;
        String name = user.isAuthorNameImplicit() ? fallback : user.getAuthorName();
        String email = user.isAuthorEmailImplicit() ? "" : user.getAuthorEmail();
        return new PersonIdent(name, email);
    }

    /** Moves the current branch from {@code from} to {@code to}; refuses when someone else moved it meanwhile. */
    private void move(ObjectId from, ObjectId to, String reflog) throws IOException {
        RefUpdate update = repo.updateRef(Constants.HEAD);
        update.setExpectedOldObjectId(from);
        update.setNewObjectId(to);
        update.setRefLogMessage(reflog, false);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NEW) {
            throw new BackendException("cannot move " + repo.getFullBranch() + " to " + to.name() + ": " + result
                    + " (another git process changed it; bd will try again)");
        }
    }

    @Override
    public void close() {
        repo.close();
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e.getMessage();
        return cause == e || cause.getMessage() == null ? message : message + ": " + cause.getMessage();
    }

    private BackendException failure(String doing, IOException e) {
        return new BackendException(doing + " the git repository " + repo.getDirectory() + ": " + e.getMessage(), e);
    }
}
