package dev.beads.core.port;

/** Whether the repository can take a commit now; each state that cannot says why, for the log and status. */
public sealed interface VcsState {
    /** A line for the daemon's log and {@code bd daemon status}. */
    String describe();

    /** On branch {@code branch}, nothing in progress. */
    record Ready(String branch) implements VcsState {
        @Override
        public String describe() {
            return "on branch " + branch;
        }
    }

    /** The workspace is not inside a git work tree. */
    record NotARepository(String path) implements VcsState {
        @Override
        public String describe() {
            return path + " is not in a git repository";
        }
    }

    /** The branch has no commit yet: the first commit is the user's to make. */
    record NoCommitYet(String branch) implements VcsState {
        @Override
        public String describe() {
            return "branch " + branch + " has no commit yet: waiting for the first commit";
        }
    }

    /** HEAD is detached (a checkout of a commit or tag, a bisect): there is no branch to commit on. */
    record DetachedHead(String commit) implements VcsState {
        @Override
        public String describe() {
            return "HEAD is detached at " + commit + ": waiting for a branch to be checked out";
        }
    }

    /** A merge, rebase, cherry-pick, revert, bisect or patch application is in progress. */
    record InProgress(String operation) implements VcsState {
        @Override
        public String describe() {
            return "a " + operation + " is in progress: waiting for it to finish";
        }
    }
}
