package dev.beads.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of this build, from a resource Maven fills in. */
public final class BdVersion implements IVersionProvider {
    /** The protocol and file-format generation this build speaks (Go bd's classic SQLite + JSONL era). */
    public static final String COMPATIBLE_WITH = "0.39.1";

    /** Read when first asked for: picocli creates the version provider for every command, not just --version. */
    private static final class Loaded {
        static final String VERSION = load();

        private Loaded() {}
    }

    public static String version() {
        return Loaded.VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"bd version " + version() + " (beads-jvm, compatible with bd " + COMPATIBLE_WITH + ")"};
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
