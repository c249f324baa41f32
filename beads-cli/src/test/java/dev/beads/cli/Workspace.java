package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beads.cli.session.DirectSessionFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A real workspace in a temp directory, driven by {@code bd} in-process (direct mode, real SQLite and JSONL). */
public final class Workspace {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path root;
    private final InProcess bd;

    private Workspace(Path root) {
        this.root = root;
        this.bd = new InProcess(root, new DirectSessionFactory());
    }

    /** {@code bd init --prefix test} in {@code root}. */
    public static Workspace init(Path root) {
        Workspace ws = new Workspace(root);
        InProcess.Result r = ws.run("init", "--prefix", "test");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return ws;
    }

    public Path root() {
        return root;
    }

    public Path jsonl() {
        return root.resolve(".beads/issues.jsonl");
    }

    public InProcess bd() {
        return bd;
    }

    public InProcess.Result run(String... args) {
        return bd.run(args);
    }

    /** Runs a command that must succeed and returns its stdout parsed as JSON. */
    public JsonNode json(String... args) {
        String[] withJson = Stream.concat(Stream.of(args), Stream.of("--json")).toArray(String[]::new);
        InProcess.Result r = run(withJson);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        try {
            return JSON.readTree(r.stdout());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r, e);
        }
    }

    /** Creates an issue and returns its id. */
    public String create(String title, String... options) {
        String[] args =
                Stream.concat(Stream.of("create", title), Stream.of(options)).toArray(String[]::new);
        return json(args).get("id").asText();
    }

    /**
     * What a change would alter: the JSONL's bytes and every issue as the database holds it (tombstones included).
     * The database file's own bytes are no measure: SQLite checkpoints its WAL when a connection closes.
     */
    public String state() {
        InProcess.Result export = run("--sandbox", "export");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        try {
            String file = Files.exists(jsonl()) ? Files.readString(jsonl()) : "(no JSONL)";
            return "--- issues.jsonl\n" + file + "--- database\n" + export.stdout();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
