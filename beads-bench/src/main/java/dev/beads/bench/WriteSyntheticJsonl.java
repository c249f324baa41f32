package dev.beads.bench;

import java.nio.file.Path;

/**
 * Writes {@link SyntheticWorkspace}'s issues as a JSONL file, for whole-process benchmarks of {@code bin/bd}
 * ({@code beads-bench/bulk.sh}).
 *
 * <pre>java -cp beads-bench/target/benchmarks.jar dev.beads.bench.WriteSyntheticJsonl 100000 /tmp/issues.jsonl</pre>
 */
public final class WriteSyntheticJsonl {
    private WriteSyntheticJsonl() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: WriteSyntheticJsonl <issues> <file.jsonl>");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path file = SyntheticWorkspace.writeJsonl(SyntheticWorkspace.issues(n, 42), Path.of(args[1]));
        System.err.println("wrote " + n + " issues to " + file);
    }
}
