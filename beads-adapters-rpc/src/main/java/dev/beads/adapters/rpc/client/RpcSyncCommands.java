package dev.beads.adapters.rpc.client;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.wire.Fields;
import dev.beads.adapters.rpc.wire.FilterWire;
import dev.beads.adapters.rpc.wire.ResultWire;
import dev.beads.core.api.ExportIssues;
import dev.beads.core.api.ExportResult;
import dev.beads.core.api.ImportIssues;
import dev.beads.core.api.ImportProgress;
import dev.beads.core.api.ImportResult;
import dev.beads.core.api.SyncCommands;

/**
 * {@link SyncCommands} through the daemon. Paths travel as they are: the daemon runs on the same machine. An
 * import's progress is not reported over the socket (the call returns when it is done). Thread-safe.
 */
final class RpcSyncCommands implements SyncCommands {
    private final RpcConnection rpc;

    RpcSyncCommands(RpcConnection rpc) {
        this.rpc = rpc;
    }

    @Override
    public ExportResult export(ExportIssues request) {
        JsonObjectBuilder b = new JsonObjectBuilder()
                .putIfPresent(
                        "path",
                        request.target() == null
                                ? null
                                : request.target().toAbsolutePath().toString())
                .put("force", request.force());
        if (request.filter() != null) {
            b.put("filter", FilterWire.of(request.filter()));
        }
        return rpc.call("export", b.build(), ResultWire::export);
    }

    @Override
    public ImportResult importIssues(ImportIssues request, ImportProgress progress) {
        JsonObjectBuilder b = new JsonObjectBuilder()
                .putIfPresent(
                        "path",
                        request.source() == null
                                ? null
                                : request.source().toAbsolutePath().toString())
                .put("dry_run", request.dryRun())
                .put("actor", request.actor());
        return rpc.call("import", b.build(), ResultWire::imported);
    }

    @Override
    public ImportResult importIfChanged() {
        return rpc.call(
                "sync",
                new JsonObjectBuilder().build(),
                v -> ResultWire.imported(Fields.of(v, "sync").raw("import")));
    }

    @Override
    public ExportResult flushIfDirty() {
        return rpc.call(
                "sync",
                new JsonObjectBuilder().build(),
                v -> ResultWire.export(Fields.of(v, "sync").raw("export")));
    }
}
