package dev.beads.adapters.git;

import dev.beads.core.error.BackendException;
import dev.beads.core.port.VcsState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/** Reading a repository's state and paths, and the one index edit a commit makes. */
final class JgitRepositories {
    private JgitRepositories() {}

    /** {@code file}'s path in the work tree, with {@code /} separators, as git names it. */
    static String relative(Repository repo, Path file) {
        Path root = repo.getWorkTree().toPath().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        try {
            root = root.toRealPath();
            Path parent = absolute.getParent().toRealPath();
            absolute = parent.resolve(absolute.getFileName());
        } catch (IOException e) {
            // compare as given: the file's directory may not exist yet
        }
        if (!absolute.startsWith(root)) {
            throw new BackendException(file + " is outside the git work tree " + root);
        }
        return root.relativize(absolute).toString().replace(java.io.File.separatorChar, '/');
    }

    /**
     * Ready on a branch with a commit, else why not. In-progress operations as JGit reads them from the git
     * directory (MERGE_HEAD, rebase-merge/, rebase-apply/, CHERRY_PICK_HEAD, REVERT_HEAD, BISECT_LOG).
     */
    static VcsState state(Repository repo) throws IOException {
        String operation = operation(repo);
        if (operation != null) {
            return new VcsState.InProgress(operation);
        }
        Ref head = repo.exactRef(Constants.HEAD);
        if (head == null || !head.isSymbolic()) {
            ObjectId id = head == null ? null : head.getObjectId();
            return new VcsState.DetachedHead(
                    id == null ? "(unknown)" : id.abbreviate(7).name());
        }
        String branch = Repository.shortenRefName(head.getTarget().getName());
        if (head.getObjectId() == null) {
            return new VcsState.NoCommitYet(branch);
        }
        return new VcsState.Ready(branch);
    }

    private static String operation(Repository repo) {
        return switch (repo.getRepositoryState()) {
            case MERGING, MERGING_RESOLVED -> "merge";
            case REBASING, REBASING_REBASING, REBASING_MERGE, REBASING_INTERACTIVE -> "rebase";
            case APPLY -> "patch application (git am)";
            case CHERRY_PICKING, CHERRY_PICKING_RESOLVED -> "cherry-pick";
            case REVERTING, REVERTING_RESOLVED -> "revert";
            case BISECTING -> "bisect";
            case SAFE, BARE -> null;
        };
    }

    /** The commits reachable from {@code from} but not from {@code without}. */
    static int count(Repository repo, ObjectId from, ObjectId without) throws IOException {
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repo)) {
            walk.markStart(walk.parseCommit(from));
            walk.markUninteresting(walk.parseCommit(without));
            int n = 0;
            while (walk.next() != null) {
                n++;
            }
            return n;
        }
    }

    /** Sets {@code path}'s index entry to {@code blob}, with {@code file}'s size and time, and writes the index. */
    static void stage(DirCache index, String path, ObjectId blob, Path file, long length) throws IOException {
        java.time.Instant modified = Files.getLastModifiedTime(file).toInstant();
        DirCacheEditor editor = index.editor();
        editor.add(new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry entry) {
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(blob);
                entry.setLength(length);
                entry.setLastModified(modified);
            }
        });
        editor.finish();
        index.write();
        index.commit();
    }
}
