package dev.beads.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The versions {@code bd version} reports: first the Go bd version this build is compatible with (clients such as
 * beads' MCP server take the first x.y.z they see as bd's version and refuse old ones), then our own, where Go bd
 * prints its build (v0.39.1 cmd/bd/version.go:55, {@code "bd version %s (%s)\n"}).
 */
public final class BdVersion implements IVersionProvider {
    /** The Go bd release whose commands, files and {@code --json} shapes this build follows. */
    public static final String COMPATIBLE_WITH = "0.39.1";

    /** Read when first asked for: picocli creates the version provider for every command, not just --version. */
    private static final class Loaded {
        static final String VERSION = load();

        private Loaded() {}
    }

    /** This build's own version (the Maven project version). */
    public static String version() {
        return Loaded.VERSION;
    }

    /** What stands where Go bd prints its build ({@code dev}, or {@code dev: branch@commit}). */
    public static String build() {
        return "beads-jvm " + version();
    }

    /** The line {@code bd version} and {@code bd --version} print. */
    public static String line() {
        return "bd version " + COMPATIBLE_WITH + " (" + build() + ")";
    }

    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }

    private static String load() {
        try (InputStream in = BdVersion.class.getResourceAsStream("bd-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
