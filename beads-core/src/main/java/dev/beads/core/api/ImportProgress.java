package dev.beads.core.api;

/**
 * How far an import has got, for a progress display: the file is read (parsed) and what it holds is stored piece by
 * piece in the one write transaction, then the write is finished (the state derived from every issue, the records).
 *
 * <p>Called one call at a time, each happening-before the next: on the thread that runs
 * {@link SyncCommands#importIssues(ImportIssues, ImportProgress)}, except that a store which runs its write
 * transaction on a thread of its own (SQLite's, when the import runs on a virtual thread) reports from that thread
 * while the importing thread waits for it (the file is read inside the write). An implementation needs no locking of its own, though a display
 * drawn by another thread must publish what it receives safely. Within a phase {@code done} never decreases; a
 * phase that completes ends with {@code done == total}. {@link Phase#READING} comes before {@link Phase#STORING}; a dry run, an import that fails
 * (a bad line, say) or one that changes nothing may report no storing at all.
 */
@FunctionalInterface
public interface ImportProgress {

    /** Reports nothing. */
    ImportProgress NONE = (phase, done, total) -> {};

    /** What the import is doing, and what its counts count. */
    enum Phase {
        /** Parsing the file and storing what it holds as it goes; counts bytes of the file. */
        READING,
        /**
         * Finishing the write once the file is read; counts the issues (changes) stored: none until it is done, then
         * all.
         */
        STORING
    }

    /**
     * @param done how many of {@code total} are done, {@code 0 <= done <= total}
     * @param total the phase's whole amount (bytes of the file, issues to store); may be 0
     */
    void update(Phase phase, long done, long total);
}
