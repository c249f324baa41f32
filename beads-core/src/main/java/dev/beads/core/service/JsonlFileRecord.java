package dev.beads.core.service;

import dev.beads.core.port.IssueRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the database remembers of the workspace JSONL as last written or imported: its content hash, its mtime and
 * size (so that an unchanged file is not even read), and whether it then held every issue that is not dirty exactly
 * as an export writes it, which is what lets a flush patch in only the dirty issues.
 */
final class JsonlFileRecord {
    private final IssueRepository repository;

    JsonlFileRecord(IssueRepository repository) {
        this.repository = repository;
    }

    /**
     * Records the file just written or imported.
     *
     * @param complete whether the file holds every issue that is not dirty exactly as an export of the database
     *     writes it
     * @param exact whether the file is byte for byte what an export of the database writes
     */
    void record(byte[] bytes, JsonlFiles.Stamp stamp, boolean complete, boolean exact) {
        repository.setMetadata(values(JsonlFingerprint.of(bytes), stamp, complete, exact));
    }

    /**
     * The metadata that records a file of fingerprint {@code hash} just written or imported: for a writer to store
     * in the transaction that made the database match it.
     *
     * @param complete whether the file holds every issue that is not dirty exactly as an export of the database
     *     writes it
     * @param exact whether the file is byte for byte what an export of the database writes
     */
    static Map<String, String> values(String hash, JsonlFiles.Stamp stamp, boolean complete, boolean exact) {
        return Map.of(
                ConfigKeys.JSONL_CONTENT_HASH,
                hash,
                ConfigKeys.JSONL_COMPLETE_HASH,
                complete ? hash : "",
                ConfigKeys.JSONL_EXPORT_HASH,
                exact ? hash : "",
                ConfigKeys.JSONL_MTIME,
                stamp.mtime(),
                ConfigKeys.JSONL_SIZE,
                stamp.size());
    }

    /**
     * Whether {@code file} (which exists) has the recorded content. Its mtime and size are trusted when they are the
     * recorded ones; otherwise it is hashed, and when only its time changed the new time is recorded.
     */
    boolean unchanged(Path file) {
        Optional<String> knownHash = repository.metadata(ConfigKeys.JSONL_CONTENT_HASH);
        if (knownHash.isEmpty()) {
            return false;
        }
        JsonlFiles.Stamp stamp = JsonlFiles.Stamp.of(file);
        if (stamp.equals(storedStamp())) {
            return true;
        }
        if (knownHash.get().equals(JsonlFingerprint.of(JsonlFiles.read(file)))) {
            recordStamp(stamp);
            return true;
        }
        return false;
    }

    /** Whether {@code file} is as recorded and was complete then: a flush may patch the dirty issues into it. */
    boolean patchable(Path file) {
        Optional<String> completeHash =
                repository.metadata(ConfigKeys.JSONL_COMPLETE_HASH).filter(hash -> !hash.isEmpty());
        return completeHash.isPresent()
                && completeHash.equals(repository.metadata(ConfigKeys.JSONL_CONTENT_HASH))
                && Files.isRegularFile(file)
                && unchanged(file);
    }

    /**
     * Whether {@code file} is as recorded and was then byte for byte an export of the database: with nothing dirty,
     * it is what an export writes now.
     */
    boolean isExport(Path file) {
        Optional<String> exportHash =
                repository.metadata(ConfigKeys.JSONL_EXPORT_HASH).filter(hash -> !hash.isEmpty());
        return exportHash.isPresent()
                && exportHash.equals(repository.metadata(ConfigKeys.JSONL_CONTENT_HASH))
                && Files.isRegularFile(file)
                && unchanged(file);
    }

    /** The recorded fingerprint of the file, empty when none is. */
    String recordedHash() {
        return repository.metadata(ConfigKeys.JSONL_CONTENT_HASH).orElse("");
    }

    private void recordStamp(JsonlFiles.Stamp stamp) {
        repository.setMetadata(Map.of(ConfigKeys.JSONL_MTIME, stamp.mtime(), ConfigKeys.JSONL_SIZE, stamp.size()));
    }

    private JsonlFiles.Stamp storedStamp() {
        return new JsonlFiles.Stamp(
                repository.metadata(ConfigKeys.JSONL_MTIME).orElse(""),
                repository.metadata(ConfigKeys.JSONL_SIZE).orElse(""));
    }
}
