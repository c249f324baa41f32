package dev.beads.cli.commands;

import dev.beads.cli.CommandModel;
import dev.beads.cli.CommandModel.Arg;
import dev.beads.core.error.InvalidInputException;

/**
 * Go bd v0.39.1's {@code bd import} flags beyond {@code -i}, {@code --dry-run} and {@code --strict}
 * (cmd/bd/import.go:776-785): accepted, so that scripts written for Go bd run. Those that would change what is
 * imported and that this build does not implement are refused with a clear message, not ignored.
 */
final class ImportGoFlags {
    private final Arg<Boolean> skipExisting;
    private final Arg<Boolean> renameOnImport;
    private final Arg<Boolean> clearDuplicateExternalRefs;
    private final Arg<String> orphanHandling;

    ImportGoFlags(CommandModel model) {
        skipExisting = model.option("-s", "--skip-existing")
                .description("Go bd's: keep existing issues as they are; not in this build.")
                .flag();
        renameOnImport = model.option("--rename-on-import")
                .description("Go bd's: give imported issues this database's prefix; not in this build.")
                .flag();
        clearDuplicateExternalRefs = model.option("--clear-duplicate-external-refs")
                .description("Go bd's: drop repeated external refs; not in this build (they are kept).")
                .flag();
        orphanHandling = model.option("--orphan-handling")
                .label("<mode>")
                .description("allow (what bd does: a child whose parent is missing is kept).")
                .string();
        model.option("--dedupe-after")
                .description("Accepted for Go bd; duplicates are not reported after the import.")
                .flag();
        model.option("--force")
                .description("Accepted for Go bd; the import always records the file it read.")
                .flag();
        model.option("--protect-left-snapshot")
                .description("Accepted for Go bd (its sync's deletion tracking).")
                .flag();
        model.option("--no-git-history")
                .description("Accepted for Go bd; bd reads no git history on import.")
                .flag();
    }

    /** Refuses what this build cannot do as asked, before anything is read. */
    void check() {
        String lacking = skipExisting.get()
                ? "--skip-existing"
                : renameOnImport.get()
                        ? "--rename-on-import"
                        : clearDuplicateExternalRefs.get() ? "--clear-duplicate-external-refs" : null;
        if (lacking != null) {
            throw new InvalidInputException("bd import " + lacking + ": not part of this build; import without it"
                    + " (last write wins per issue, every record kept)");
        }
        String orphans = orphanHandling.get();
        if (orphans != null && !orphans.equals("allow")) {
            throw new InvalidInputException("bd import --orphan-handling " + orphans + ": this build keeps children"
                    + " whose parent is missing (allow); strict, resurrect and skip are not part of it");
        }
    }
}
