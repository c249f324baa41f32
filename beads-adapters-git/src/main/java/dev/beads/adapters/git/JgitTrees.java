package dev.beads.adapters.git;

import java.io.IOException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Trees built in memory, without the user's index: a commit's tree with one file replaced, a file's blob. */
final class JgitTrees {
    private JgitTrees() {}

    /** {@code tree} with {@code path} set to {@code blob} (a regular file), written through {@code inserter}. */
    static ObjectId withFile(Repository repo, ObjectInserter inserter, AnyObjectId tree, String path, ObjectId blob)
            throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        try (ObjectReader reader = repo.newObjectReader()) {
            builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, tree);
        }
        builder.finish();
        DirCacheEditor editor = index.editor();
        editor.add(new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry entry) {
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(blob);
            }
        });
        editor.finish();
        return index.writeTree(inserter);
    }

    /** The content of {@code path} in {@code tree}, or an empty array when the tree has no such file. */
    static byte[] read(Repository repo, AnyObjectId tree, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repo, path, tree)) {
            return walk == null ? new byte[0] : repo.open(walk.getObjectId(0)).getBytes();
        }
    }

    /** Whether {@code tree} has {@code path}. */
    static boolean has(Repository repo, AnyObjectId tree, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repo, path, tree)) {
            return walk != null;
        }
    }

    /** The empty tree (the base of two histories that share no commit). */
    static ObjectId empty(ObjectInserter inserter) throws IOException {
        return inserter.insert(new TreeFormatter());
    }
}
