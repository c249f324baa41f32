package dev.beads.core.api;

import java.nio.file.Path;

/** How many issues were written, and where. {@code written} is false when nothing needed writing. */
public record ExportResult(int exported, Path file, boolean written) {}
