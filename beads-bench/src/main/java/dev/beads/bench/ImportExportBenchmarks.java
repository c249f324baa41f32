package dev.beads.bench;

import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ExportResult;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.ImportResult;
import dev.beads.runtime.Beads;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole-file import (into an empty workspace: parse, merge plan, one transaction) and export (read all, write
 * atomically) of {@code issues} issues. Single shot: each measured call does the whole job once.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx4g"})
public class ImportExportBenchmarks {

    /** A JSONL file to import and an empty workspace for each import. */
    @State(Scope.Benchmark)
    public static class ImportState {
        @Param({"100000"})
        public int issues;

        Path dir;
        Path jsonl;
        Beads target;

        @Setup(Level.Trial)
        public void writeFile() {
            dir = SyntheticWorkspace.tempDir();
            jsonl = SyntheticWorkspace.writeJsonl(SyntheticWorkspace.issues(issues, 42), dir.resolve("in.jsonl"));
        }

        @Setup(Level.Invocation)
        public void emptyWorkspace() {
            target = Beads.init(dir.resolve("ws-" + System.nanoTime()), "bd");
        }

        @TearDown(Level.Invocation)
        public void closeWorkspace() {
            target.close();
        }

        @TearDown(Level.Trial)
        public void delete() {
            SyntheticWorkspace.delete(dir);
        }
    }

    /** A workspace holding the issues, exported to a file. */
    @State(Scope.Benchmark)
    public static class ExportState {
        @Param({"100000"})
        public int issues;

        Path dir;
        Beads beads;

        @Setup(Level.Trial)
        public void fill() {
            dir = SyntheticWorkspace.tempDir();
            beads = SyntheticWorkspace.create(dir, issues);
        }

        @TearDown(Level.Trial)
        public void delete() {
            beads.close();
            SyntheticWorkspace.delete(dir);
        }
    }

    @Benchmark
    public ImportResult importIntoEmptyWorkspace(ImportState state) {
        return state.target.sync().importIssues(new ImportIssues(state.jsonl, false, "bench"));
    }

    @Benchmark
    public ExportResult exportAll(ExportState state) {
        return state.beads.sync().export(new ExportIssues(state.dir.resolve("out.jsonl"), null, true));
    }
}
