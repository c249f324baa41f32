package dev.beads.adapters.git;

import dev.beads.adapters.git.merge.MergeDriver;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/**
 * The tree of a merge of two commits, made in memory: the JSONL merged by the beads rules ({@link MergeDriver}),
 * every other file by JGit's three-way merge. JGit does not run git's merge drivers, so the JSONL's merge is done
 * first and put into both sides' trees; the file merge then sees both sides agree on it.
 */
final class JgitMerge {
    /** The merged tree, or the paths outside the JSONL that conflict (the user's to merge). */
    record Result(ObjectId tree, List<String> conflicts) {
        boolean clean() {
            return tree != null;
        }
    }

    private JgitMerge() {}

    static Result merge(Repository repo, MergeDriver driver, RevCommit ours, RevCommit theirs, String jsonlPath)
            throws IOException {
        try (RevWalk walk = new RevWalk(repo);
                ObjectInserter inserter = repo.newObjectInserter()) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(ours));
            walk.markStart(walk.parseCommit(theirs));
            RevCommit base = walk.next();
            ObjectId baseTree = base == null ? JgitTrees.empty(inserter) : base.getTree();
            ObjectId oursTree = ours.getTree();
            ObjectId theirsTree = theirs.getTree();
            if (JgitTrees.has(repo, oursTree, jsonlPath) || JgitTrees.has(repo, theirsTree, jsonlPath)) {
                byte[] merged = driver.mergeToBytes(
                        JgitTrees.read(repo, baseTree, jsonlPath),
                        JgitTrees.read(repo, oursTree, jsonlPath),
                        JgitTrees.read(repo, theirsTree, jsonlPath));
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, merged);
                oursTree = JgitTrees.withFile(repo, inserter, oursTree, jsonlPath, blob);
                theirsTree = JgitTrees.withFile(repo, inserter, theirsTree, jsonlPath, blob);
            }
            inserter.flush();
            ResolveMerger merger = (ResolveMerger) MergeStrategy.RESOLVE.newMerger(repo, true);
            merger.setBase(baseTree);
            if (merger.merge(oursTree, theirsTree)) {
                return new Result(merger.getResultTreeId(), List.of());
            }
            List<String> conflicts = new java.util.ArrayList<>(merger.getUnmergedPaths());
            Map<String, ?> failing = merger.getFailingPaths();
            if (failing != null) {
                conflicts.addAll(failing.keySet());
            }
            return new Result(null, conflicts);
        }
    }
}
