package dev.beads.cli.output;

import dev.beads.core.api.ImportProgress;
import java.util.Locale;

/**
 * An import's progress on a {@link Progress} bar: reading (parsing) and storing as one percentage, each phase with
 * a fixed share of the bar. Called on the importing thread; the bar is drawn by its own.
 */
public final class ImportBar implements ImportProgress {
    /**
     * Reading's share of a real import: the file is parsed and stored piece by piece while it is read, and what is
     * left after it (the blocked-issue cache, the records, the commit) took ~0.2 s of ~3 s at 100,000 issues. A dry
     * run has nothing but reading.
     */
    static final double READING_SHARE = 0.9;

    private final Progress bar;
    private final double readingShare;

    /** @param dryRun whether the import only reads (the reading phase is then the whole bar) */
    public ImportBar(Progress bar, boolean dryRun) {
        this.bar = bar;
        this.readingShare = dryRun ? 1.0 : READING_SHARE;
    }

    @Override
    public void update(Phase phase, long done, long total) {
        bar.set(overall(phase, done, total), detail(phase, done, total));
    }

    /** The fraction of the whole import done when {@code done} of the phase's {@code total} are. */
    double overall(Phase phase, long done, long total) {
        double fraction = total <= 0 ? 1.0 : Math.clamp((double) done / total, 0.0, 1.0);
        return switch (phase) {
            case READING -> readingShare * fraction;
            case STORING -> readingShare + (1 - readingShare) * fraction;
        };
    }

    /** {@code reading 3.1/12.3 MB}, {@code storing 4,500/10,000}. */
    static String detail(Phase phase, long done, long total) {
        return switch (phase) {
            case READING -> "reading " + sizes(done, total);
            case STORING -> String.format(Locale.ROOT, "storing %,d/%,d", done, total);
        };
    }

    private static String sizes(long done, long total) {
        boolean megabytes = total >= 1024 * 1024;
        double unit = megabytes ? 1024.0 * 1024.0 : 1024.0;
        return String.format(Locale.ROOT, "%.1f/%.1f %s", done / unit, total / unit, megabytes ? "MB" : "KB");
    }
}
