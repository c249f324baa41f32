package dev.beads.core.service;

import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ExportResult;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.ImportProgress;
import dev.beads.core.api.ImportResult;
import dev.beads.core.api.ImportWarning;
import dev.beads.core.api.SyncCommands;
import dev.beads.core.error.ConflictException;
import dev.beads.core.error.IoProblems;
import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Workspace;
import dev.beads.core.port.ChangeEvent;
import dev.beads.core.port.ChangeFeed;
import dev.beads.core.port.Clock;
import dev.beads.core.port.IssueRepository;
import dev.beads.core.port.IssueWriter;
import dev.beads.core.port.JsonlCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Export and import between the database and JSONL (DESIGN §3, §4). Exports and imports of one service run one at
 * a time. The workspace JSONL is special: writing or reading it records its content hash (and mtime and size, so
 * that an unchanged file is not even hashed), and clears dirty flags of issues it holds as stored. A flush patches
 * only the dirty issues into it when it is still the file last recorded and that file held every other issue as
 * stored; otherwise it exports everything.
 */
public final class SyncService implements SyncCommands {
    private final IssueRepository repository;
    private final JsonlCodec codec;
    private final ChangeFeed feed;
    private final Clock clock;
    private final Workspace workspace;
    private final JsonlFileRecord fileRecord;
    private final Object lock = new Object();

    /**
     * A flush of more dirty issues than this writes the file whole, streamed from the store: patching reads the file
     * and holds every changed issue, which for a bulk change (an import) costs more than the export.
     */
    static final int PATCH_LIMIT = 1000;

    public SyncService(
            IssueRepository repository, JsonlCodec codec, ChangeFeed feed, Clock clock, Workspace workspace) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.feed = Objects.requireNonNull(feed, "feed");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.fileRecord = new JsonlFileRecord(repository);
    }

    @Override
    public ExportResult export(ExportIssues request) {
        synchronized (lock) {
            Path target = request.target() == null ? workspace.jsonl() : request.target();
            if (request.filter() != null) {
                // A selection of issues: no records, and no bookkeeping even when it is the workspace file.
                List<Issue> issues = repository.list(request.filter());
                if (issues.isEmpty() && !request.force()) {
                    refuseEmptyExportOver(target);
                }
                codec.writeAtomically(issues, List.of(), target);
                if (isWorkspaceJsonl(target)) {
                    fileRecord.record(JsonlFiles.read(target), JsonlFiles.Stamp.of(target), false, false);
                }
                return new ExportResult(issues.size(), target, true);
            }
            if (!request.force()
                    && repository.idsContaining("", 1).isEmpty()
                    && repository.records().isEmpty()) {
                refuseEmptyExportOver(target);
            }
            if (isWorkspaceJsonl(target)) {
                return new ExportResult(repository.write(writer -> exportToWorkspace(writer, target)), target, true);
            }
            if (repository.dirtyIds().isEmpty() && fileRecord.isExport(workspace.jsonl())) {
                int copied = copyOfWorkspaceJsonl(target);
                if (copied >= 0) {
                    return new ExportResult(copied, target, true);
                }
            }
            int written = codec.writeAtomically(repository::forEachIssue, repository.records(), target);
            return new ExportResult(written, target, true);
        }
    }

    /**
     * The whole store into the workspace JSONL, streamed, inside a write transaction: nothing changes between the
     * read and the end of the write, so every dirty flag can go, and the file is recorded as complete, in the same
     * transaction.
     */
    private int exportToWorkspace(IssueWriter writer, Path target) {
        List<IssueId> dirty = writer.dirtyIds();
        int written = codec.writeAtomically(writer::forEachIssue, writer.records(), target);
        JsonlFiles.Stamp stamp = JsonlFiles.Stamp.of(target);
        writer.setMetadata(JsonlFileRecord.values(JsonlFingerprint.of(target), stamp, true, true));
        writer.clearDirty(dirty);
        return written;
    }

    /**
     * With nothing dirty, the workspace JSONL recorded as byte for byte an export is what an export writes: copied
     * to {@code target} instead of read from the store and encoded. Returns the issues copied, or -1 when the copy
     * is not the recorded file (it changed meanwhile; the caller exports instead, over the copy).
     */
    private int copyOfWorkspaceJsonl(Path target) {
        codec.copyAtomically(workspace.jsonl(), target);
        long lines = 0;
        try (JsonlFingerprint.Counting in = new JsonlFingerprint.Counting(Files.newInputStream(target))) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer, 0, buffer.length)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
            if (!in.fingerprint().equals(fileRecord.recordedHash())) {
                return -1;
            }
        } catch (IOException e) {
            throw IoProblems.failure("cannot read " + target, e);
        }
        return (int) lines - repository.records().size();
    }

    private void refuseEmptyExportOver(Path target) {
        if (!Files.isRegularFile(target)) {
            return;
        }
        int lines = JsonlFiles.nonBlankLines(JsonlFiles.read(target)).size();
        if (lines > 0) {
            throw new ConflictException("refusing to export an empty database over " + target + ", which holds " + lines
                    + " issues: run bd import -i " + target + " first, or pass --force");
        }
    }

    /**
     * The ids dirty when the export started whose stored form is still the one exported: an issue changed while
     * the file was written stays dirty for the next export.
     */
    private List<IssueId> exportedAsStored(List<IssueId> dirty, List<Issue> exported) {
        Map<IssueId, Issue> written = new HashMap<>();
        exported.forEach(issue -> written.put(issue.id(), issue));
        List<IssueId> clean = new ArrayList<>();
        for (Issue stored : repository.findAll(dirty)) {
            if (stored.equals(written.get(stored.id()))) {
                clean.add(stored.id());
            }
        }
        return clean;
    }

    @Override
    public ImportResult importIssues(ImportIssues request, ImportProgress progress) {
        Objects.requireNonNull(progress, "progress");
        synchronized (lock) {
            Path source = request.source() == null ? workspace.jsonl() : request.source();
            boolean fromWorkspace = isWorkspaceJsonl(source);
            if (!Files.isRegularFile(source)) {
                if (fromWorkspace) {
                    return new ImportResult(0, 0, 0, List.of(), request.dryRun());
                }
                throw new NotFoundException("no such file: " + source + ": check the path given to bd import -i");
            }
            FileImport run = new FileImport(request, source, fromWorkspace, JsonlFiles.Stamp.of(source), progress);
            Map<IssueId, Integer> winners = null;
            while (true) {
                try {
                    return request.dryRun() ? run.dryRun(winners) : run.apply(winners);
                } catch (ImportRun.Duplicates d) {
                    // Rolled back: read the file again, importing each id from its winning line.
                    winners = d.winners();
                }
            }
        }
    }

    /** One import of one file: a dry run, or the write transaction. */
    private final class FileImport {
        private final ImportIssues request;
        private final Path source;
        private final String name;
        private final boolean fromWorkspace;
        private final JsonlFiles.Stamp stamp;
        private final ImportProgress progress;
        private final OffsetDateTime now = clock.now();

        FileImport(
                ImportIssues request,
                Path source,
                boolean fromWorkspace,
                JsonlFiles.Stamp stamp,
                ImportProgress progress) {
            this.request = request;
            this.source = source;
            this.name = source.getFileName().toString();
            this.fromWorkspace = fromWorkspace;
            this.stamp = stamp;
            this.progress = progress;
        }

        ImportResult dryRun(Map<IssueId, Integer> winners) {
            ImportRun run = new ImportRun(
                    ImportRun.Target.of(repository::findAll, changes -> {}),
                    codec::toLine,
                    request.actor(),
                    now,
                    winners);
            read(run);
            checkStrict(run);
            return run.result(true);
        }

        ImportResult apply(Map<IssueId, Integer> winners) {
            boolean prefixMissing = repository.config(ConfigKeys.ISSUE_PREFIX).isEmpty();
            ImportRun run = repository.write(writer -> store(writer, winners, prefixMissing));
            if (run.changedAnything()) {
                Transactions.publish(feed, new ChangeEvent.IssuesImported(run.created(), run.updated()));
            }
            return run.result(false);
        }

        private ImportRun store(IssueWriter writer, Map<IssueId, Integer> winners, boolean prefixMissing) {
            int before = writer.count();
            Set<IssueId> dirtyBefore = fromWorkspace ? new HashSet<>(writer.dirtyIds()) : Set.of();
            IssueWriter.Bulk bulk = writer.bulk();
            ImportRun run = new ImportRun(
                    ImportRun.Target.of(writer::findAll, bulk::put), codec::toLine, request.actor(), now, winners);
            String hash = read(run);
            checkStrict(run);
            long changes = run.created() + run.updated();
            progress.update(ImportProgress.Phase.STORING, 0, changes);
            bulk.finish();
            if (prefixMissing && run.firstPrefix() != null && !run.firstPrefix().isEmpty()) {
                writer.setConfig(ConfigKeys.ISSUE_PREFIX, run.firstPrefix());
            }
            boolean recordsAdded = storeRecords(writer, run.records(), fromWorkspace);
            if (fromWorkspace) {
                writer.clearDirty(run.held());
                boolean complete = isComplete(writer, run, dirtyBefore, before + run.created());
                boolean exact = complete && run.isExportOf(size(), writer.count());
                writer.setMetadata(JsonlFileRecord.values(hash, stamp, complete, exact));
            } else if (run.isExportOf(size(), writer.count())
                    && writer.records().equals(run.records())) {
                // The store is now exactly the file: it becomes the workspace JSONL as it is, instead of an export.
                workspaceIs(writer, source, hash);
            } else if (recordsAdded) {
                // The workspace JSONL lacks the new records: the next flush writes the file whole.
                writer.setMetadata(Map.of(ConfigKeys.JSONL_COMPLETE_HASH, "", ConfigKeys.JSONL_EXPORT_HASH, ""));
            }
            progress.update(ImportProgress.Phase.STORING, changes, changes);
            return run;
        }

        /**
         * Copies {@code source}, whose bytes of fingerprint {@code hash} an export of the store would write, to the
         * workspace JSONL, and records it there, all dirty flags cleared; exports instead when the copy turns out not
         * to be those bytes (the file changed while it was imported).
         */
        private void workspaceIs(IssueWriter writer, Path source, String hash) {
            Path target = workspace.jsonl();
            codec.copyAtomically(source, target);
            if (!JsonlFingerprint.of(target).equals(hash)) {
                exportToWorkspace(writer, target);
                return;
            }
            writer.setMetadata(JsonlFileRecord.values(hash, JsonlFiles.Stamp.of(target), true, true));
            writer.clearDirty(writer.dirtyIds());
        }

        /** Parses the file into {@code run}; returns the fingerprint of the bytes parsed. */
        private String read(ImportRun run) {
            long size = size();
            progress.update(ImportProgress.Phase.READING, 0, size);
            try (JsonlFingerprint.Counting in = new JsonlFingerprint.Counting(Files.newInputStream(source))) {
                codec.readDocument(
                        in, name, run, parsed -> progress.update(ImportProgress.Phase.READING, parsed, size));
                run.finish();
                return in.fingerprint();
            } catch (IOException e) {
                throw IoProblems.failure("cannot read " + source, e);
            }
        }

        private long size() {
            try {
                return Files.size(source);
            } catch (IOException e) {
                throw IoProblems.failure("cannot read " + source, e);
            }
        }

        private void checkStrict(ImportRun run) {
            if (request.strict() && !run.warnings().isEmpty()) {
                throw strictFailure(name, run.warnings());
            }
        }
    }

    /**
     * Whether the workspace JSONL just imported holds every issue that is not dirty (after the held ones were
     * cleared) once, exactly as an export writes it: then a flush may patch in just the dirty ones. Not so when the
     * file has an id twice, an older version of an issue the import kept, a line in another form, or lacks a stored
     * issue that is not dirty.
     */
    private static boolean isComplete(IssueWriter writer, ImportRun run, Set<IssueId> dirtyBefore, int stored) {
        if (run.hadDuplicates() || !dirtyBefore.containsAll(run.unheldUnchanged())) {
            return false;
        }
        Set<IssueId> inFile = run.fileIds();
        int outside = stored - inFile.size();
        if (outside == 0) {
            return true;
        }
        List<IssueId> dirtyOutside = new ArrayList<>();
        for (IssueId id : writer.dirtyIds()) {
            if (!inFile.contains(id)) {
                dirtyOutside.add(id);
            }
        }
        return dirtyOutside.size() >= outside && writer.findAll(dirtyOutside).size() == outside;
    }

    /** The first warning as the error, with how many there are. */
    private static JsonlFormatException strictFailure(String source, List<ImportWarning> warnings) {
        ImportWarning first = warnings.getFirst();
        String others = warnings.size() == 1 ? "" : " (and " + (warnings.size() - 1) + " more warnings)";
        return new JsonlFormatException(
                source,
                first.line(),
                (first.id().isEmpty() ? "" : first.id() + ": ") + first.message() + others
                        + "; --strict imports nothing then: fix the file, or import without --strict to keep it as"
                        + " it is");
    }

    /**
     * The workspace JSONL is the truth for its records: they replace the stored ones. Another file's records are
     * added to the stored ones, those not already there (by their text). Returns whether records were added.
     */
    private static boolean storeRecords(IssueWriter writer, List<String> records, boolean fromWorkspace) {
        List<String> stored = writer.records();
        if (fromWorkspace) {
            if (!stored.equals(records)) {
                writer.replaceRecords(records);
            }
            return false;
        }
        List<String> merged = new ArrayList<>(stored);
        Set<String> known = new HashSet<>(stored);
        for (String record : records) {
            if (known.add(record)) {
                merged.add(record);
            }
        }
        if (merged.size() == stored.size()) {
            return false;
        }
        writer.replaceRecords(merged);
        return true;
    }

    @Override
    public ImportResult importIfChanged() {
        synchronized (lock) {
            Path file = workspace.jsonl();
            if (!Files.isRegularFile(file) || fileRecord.unchanged(file)) {
                return ImportResult.nothing();
            }
            return importIssues(new ImportIssues(null, false, ""), ImportProgress.NONE);
        }
    }

    @Override
    public ExportResult flushIfDirty() {
        synchronized (lock) {
            List<IssueId> dirty = repository.dirtyIds();
            if (dirty.isEmpty()) {
                return new ExportResult(0, workspace.jsonl(), false);
            }
            if (dirty.size() > PATCH_LIMIT || !fileRecord.patchable(workspace.jsonl())) {
                return export(ExportIssues.toWorkspace());
            }
            return patch(dirty);
        }
    }

    /**
     * Writes the dirty issues into the workspace JSONL, which holds every other issue as stored: the same file as a
     * full export, without reading the database whole or encoding every issue.
     */
    private ExportResult patch(List<IssueId> dirty) {
        Path target = workspace.jsonl();
        List<Issue> changed = repository.findAll(dirty);
        byte[] written = codec.patchAtomically(target, changed);
        fileRecord.record(written, JsonlFiles.Stamp.of(target), true, true);
        repository.clearDirty(exportedAsStored(dirty, changed));
        return new ExportResult(changed.size(), target, true);
    }

    private boolean isWorkspaceJsonl(Path file) {
        return file.toAbsolutePath()
                .normalize()
                .equals(workspace.jsonl().toAbsolutePath().normalize());
    }
}
