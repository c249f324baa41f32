package dev.beads.core.service;

import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ExportResult;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.ImportProgress;
import dev.beads.core.api.ImportResult;
import dev.beads.core.api.ImportWarning;
import dev.beads.core.api.SyncCommands;
import dev.beads.core.error.ConflictException;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    private final ImportedJsonl imported;
    private final Object lock = new Object();

    public SyncService(
            IssueRepository repository, JsonlCodec codec, ChangeFeed feed, Clock clock, Workspace workspace) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.feed = Objects.requireNonNull(feed, "feed");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.fileRecord = new JsonlFileRecord(repository);
        this.imported = new ImportedJsonl(repository, codec);
    }

    @Override
    public ExportResult export(ExportIssues request) {
        synchronized (lock) {
            Path target = request.target() == null ? workspace.jsonl() : request.target();
            List<Issue> issues = request.filter() == null ? repository.all() : repository.list(request.filter());
            // Records that are not issues go with every whole export; a filtered one is a selection of issues.
            List<String> records = request.filter() == null ? repository.records() : List.of();
            if (issues.isEmpty() && records.isEmpty() && !request.force()) {
                refuseEmptyExportOver(target);
            }
            boolean toWorkspace = isWorkspaceJsonl(target);
            List<IssueId> dirty = toWorkspace ? repository.dirtyIds() : List.of();
            codec.writeAtomically(issues, records, target);
            if (toWorkspace) {
                JsonlFiles.Stamp stamp = JsonlFiles.Stamp.of(target);
                fileRecord.record(JsonlFiles.read(target), stamp, request.filter() == null);
                repository.clearDirty(exportedAsStored(dirty, issues));
            }
            return new ExportResult(issues.size(), target, true);
        }
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
            JsonlFiles.Stamp stamp = JsonlFiles.Stamp.of(source);
            byte[] bytes = JsonlFiles.read(source);
            String name = source.getFileName().toString();
            progress.update(ImportProgress.Phase.READING, 0, bytes.length);
            ImportedFile file = ImportedFile.of(codec.readDocument(
                    bytes, name, parsed -> progress.update(ImportProgress.Phase.READING, parsed, bytes.length)));
            if (request.strict() && !file.warnings().isEmpty()) {
                throw strictFailure(name, file.warnings());
            }
            List<Issue> incoming = file.issues();
            OffsetDateTime now = clock.now();
            if (request.dryRun()) {
                return ImportPlan.of(
                                incoming,
                                ImportPlan.lookup(repository.findAll(ImportPlan.ids(incoming))),
                                request.actor(),
                                now)
                        .result(true, file.warnings());
            }
            Applied applied = apply(file, fromWorkspace, request.actor(), now, progress);
            ImportPlan plan = applied.plan();
            if (fromWorkspace) {
                List<String> lines = JsonlFiles.lines(bytes, file.lines());
                repository.clearDirty(imported.heldAsStored(incoming, lines));
                fileRecord.record(bytes, stamp, !file.hadDuplicates() && imported.isComplete(incoming, lines, plan));
            } else if (applied.recordsAdded()) {
                // The workspace JSONL lacks the new records: the next flush writes the file whole.
                fileRecord.markIncomplete();
            }
            if (!plan.changes().isEmpty()) {
                Transactions.publish(feed, new ChangeEvent.IssuesImported(plan.created(), plan.updated()));
            }
            return plan.result(false, file.warnings());
        }
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

    /** What the write transaction did: the plan it stored, and whether it added records the workspace lacks. */
    private record Applied(ImportPlan plan, boolean recordsAdded) {}

    private Applied apply(
            ImportedFile file, boolean fromWorkspace, String actor, OffsetDateTime now, ImportProgress progress) {
        List<Issue> incoming = file.issues();
        Optional<String> newPrefix = repository.config(ConfigKeys.ISSUE_PREFIX).isPresent() || incoming.isEmpty()
                ? Optional.empty()
                : Optional.of(incoming.getFirst().id().prefix()).filter(p -> !p.isEmpty());
        return repository.write(writer -> {
            ImportPlan plan =
                    ImportPlan.of(incoming, ImportPlan.lookup(writer.findAll(ImportPlan.ids(incoming))), actor, now);
            int total = plan.changes().size();
            progress.update(ImportProgress.Phase.STORING, 0, total);
            writer.putAll(plan.changes(), stored -> progress.update(ImportProgress.Phase.STORING, stored, total));
            newPrefix.ifPresent(prefix -> writer.setConfig(ConfigKeys.ISSUE_PREFIX, prefix));
            return new Applied(plan, storeRecords(writer, file.records(), fromWorkspace));
        });
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
            if (!fileRecord.patchable(workspace.jsonl())) {
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
        fileRecord.record(written, JsonlFiles.Stamp.of(target), true);
        repository.clearDirty(exportedAsStored(dirty, changed));
        return new ExportResult(changed.size(), target, true);
    }

    private boolean isWorkspaceJsonl(Path file) {
        return file.toAbsolutePath()
                .normalize()
                .equals(workspace.jsonl().toAbsolutePath().normalize());
    }
}
