package dev.beads.daemon.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code .beads/config.yaml}, read as flat dotted keys ({@code daemon: {auto_start: false}} is
 * {@code daemon.auto_start = "false"}) with Jackson's YAML streaming parser (no databind). Lists are skipped: no
 * daemon key is a list.
 *
 * <p>The client reads this on every {@code bd} call, so a file with nothing but comments and blank lines (what
 * {@code bd init} writes) is recognised without any parser, and one in the plain block-mapping subset that config
 * files are written in is read by {@link SimpleYaml}; only a file outside it loads the YAML library.
 */
public final class ConfigYaml {
    /** The file's name in {@code .beads}. */
    public static final String FILE = "config.yaml";

    private ConfigYaml() {}

    /**
     * The file's values.
     *
     * @param path the file read
     * @param values its scalar values by dotted key (empty when the file is missing, empty or unreadable)
     * @param problem why the file could not be read (null when it could): the caller warns and goes on with the
     *     other layers, as Go bd does with a config file viper cannot read
     */
    public record Values(Path path, Map<String, String> values, String problem) {
        public Values {
            values = Map.copyOf(values);
        }
    }

    /** Reads {@code beadsDir/config.yaml}. Never throws: a broken file is a {@link Values#problem()}. */
    public static Values read(Path beadsDir) {
        Path file = beadsDir.resolve(FILE);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Values(file, Map.of(), null);
        } catch (IOException e) {
            return new Values(file, Map.of(), "cannot read " + file + ": " + e.getMessage());
        }
        if (onlyComments(bytes)) {
            return new Values(file, Map.of(), null);
        }
        Map<String, String> simple = SimpleYaml.parse(bytes);
        if (simple != null) {
            return new Values(file, simple, null);
        }
        return JacksonYaml.read(file, bytes); // a class of its own: the verifier loads what a method catches
    }

    /** Whether every line is blank or a comment: nothing a YAML parser would find. */
    static boolean onlyComments(byte[] bytes) {
        boolean lineStart = true;
        boolean inComment = false;
        for (byte b : bytes) {
            if (b == '\n') {
                lineStart = true;
                inComment = false;
            } else if (inComment || b == ' ' || b == '\t' || b == '\r') {
                continue;
            } else if (lineStart && b == '#') {
                inComment = true;
            } else {
                return false;
            }
        }
        return true;
    }
}
