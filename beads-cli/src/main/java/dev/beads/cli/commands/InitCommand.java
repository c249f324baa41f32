package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.cli.session.Session;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.Workspace;
import dev.beads.json.Shapes;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code bd init}: creates {@code .beads/} here; in a clone that has a JSONL already, imports it. */
public final class InitCommand extends BdSubcommand {
    public InitCommand() {
        super("init");
        model.description(
                "Create a workspace here: the directory .beads/ with beads.db, issues.jsonl, metadata.json,"
                        + " config.yaml and .gitignore.",
                "In a clone whose .beads/ already holds a JSONL, its issues are imported.");
    }

    // Go bd v0.39.1 cmd/bd/init.go:508-515: git set-up this build does not do (no hooks, no merge driver, no
    // sync branch, no wizards), accepted so that scripts written for Go bd run (docs/DECISIONS.md).
    final Arg<String> branch = model.option("-b", "--branch")
            .label("<branch>")
            .description("Accepted for Go bd; bd commits nothing itself.")
            .string();

    final Arg<Boolean> contributor = model.option("--contributor")
            .description("Accepted for Go bd (its wizard).")
            .flag();

    final Arg<Boolean> team = model.option("--team")
            .description("Accepted for Go bd (its wizard).")
            .flag();

    final Arg<Boolean> stealth = model.option("--stealth")
            .description("Accepted for Go bd; nothing global is written.")
            .flag();

    final Arg<Boolean> setupExclude = model.option("--setup-exclude")
            .description("Accepted for Go bd; .git/info/exclude is left alone.")
            .flag();

    final Arg<Boolean> skipHooks = model.option("--skip-hooks")
            .description("Accepted for Go bd; no hooks are installed.")
            .flag();

    final Arg<Boolean> skipMergeDriver = model.option("--skip-merge-driver")
            .description("Accepted for Go bd; no merge driver is set up.")
            .flag();

    final Arg<Boolean> force = model.option("--force")
            .description("Accepted for Go bd; an existing JSONL is imported, never overwritten.")
            .flag();

    final Arg<String> prefix = model.option("-p", "--prefix")
            .label("<prefix>")
            .description("Issue id prefix (default: from an existing JSONL, else the directory name).")
            .string();

    @Override
    protected int execute() {
        Session session = bd().sessions().initialise(bd().env().cwd(), prefix.get(), bd().sessionOptions());
        bd().adopt(session);
        Ports ports = session.forRead();
        Workspace ws = session.workspace();
        String chosen = ports.config().get("issue_prefix").orElse(prefix.get() == null ? "" : prefix.get());
        int issues = ports.queries().count(IssueFilter.ALL, null).total();
        Output out = out();
        if (json()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("database", ws.database().toString());
            result.put("jsonl", ws.jsonl().toString());
            result.put("prefix", chosen);
            result.put("issues", issues);
            out.json(Shapes.object(result));
            return 0;
        }
        if (out.quiet()) {
            return 0;
        }
        out.line(out.style().green("✓") + " bd initialized successfully!");
        out.line();
        out.line("  Database: " + relative(ws.database()));
        out.line("  Issue prefix: " + chosen);
        out.line("  Issues will be named: " + chosen + "-<hash> (e.g., " + chosen + "-a3f2dd)");
        if (issues > 0) {
            out.line("  Imported " + issues + " issues from " + relative(ws.jsonl()));
        }
        out.line();
        out.line("Run " + out.style().cyan("bd quickstart") + " for a demo, or "
                + out.style().cyan("bd create") + " to file your first issue.");
        return 0;
    }

    private String relative(Path file) {
        Path cwd = bd().env().cwd().toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }
}
