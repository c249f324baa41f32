package dev.beads.cli.commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text shipped in the jar ({@code prime.md}, {@code onboard.md}). */
final class TextResource {
    private TextResource() {}

    static String load(String name) {
        try (InputStream in = TextResource.class.getResourceAsStream("/dev/beads/cli/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the bd jar: rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
