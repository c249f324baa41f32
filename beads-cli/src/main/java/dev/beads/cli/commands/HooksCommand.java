package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.core.error.BackendException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.json.Shapes;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bd hooks install|uninstall|list|run}: git hooks for people who run without the daemon (Go bd v0.39.1
 * cmd/bd/hooks.go: names, flags, messages, JSON). pre-commit writes pending changes to the JSONL and stages it;
 * post-merge and post-checkout import the JSONL; pre-push refuses to push a JSONL that is not committed.
 */
public final class HooksCommand extends BdSubcommand {
    public HooksCommand() {
        super("hooks");
        model.description(
                "Manage git hooks for bd auto-sync.",
                "",
                "Install, uninstall, or list git hooks that provide automatic bd sync.",
                "",
                "The hooks ensure that:",
                "- pre-commit: Flushes pending changes to JSONL before commit",
                "- post-merge: Imports updated JSONL after pull/merge",
                "- pre-push: Prevents pushing stale JSONL",
                "- post-checkout: Imports JSONL after branch checkout");
        model.subcommand(new Install().model());
        model.subcommand(new Uninstall().model());
        model.subcommand(new ListHooks().model());
        model.subcommand(new HookRun().model());
    }

    @Override
    protected int execute() {
        spec.commandLine().usage(out().stdout());
        return 0;
    }

    /** {@code bd hooks install}. */
    public static final class Install extends BdSubcommand {
        public Install() {
            super("install");
            model.description(
                    "Install bd git hooks.",
                    "",
                    "By default, hooks are installed to .git/hooks/ in the current repository. Use --shared to"
                            + " install to a versioned directory (.beads-hooks/) that can be committed to git and"
                            + " shared with team members.");
        }

        final Arg<Boolean> force = model.option("--force")
                .description("Overwrite existing hooks without backup")
                .flag();

        final Arg<Boolean> shared = model.option("--shared")
                .description("Install hooks to .beads-hooks/ (versioned) instead of .git/hooks/")
                .flag();

        @Override
        protected int execute() {
            Path cwd = bd().env().cwd();
            Path dir;
            if (shared.get()) {
                GitHooks.hooksDir(cwd); // a git repository, or the same error as without --shared
                dir = cwd.resolve(".beads-hooks");
                GitHooks.install(dir, force.get());
                GitProcess.Result config = GitProcess.run(cwd, "config", "core.hooksPath", ".beads-hooks");
                if (!config.ok()) {
                    throw new BackendException("failed to configure git hooks path: " + config.err());
                }
            } else {
                GitHooks.install(GitHooks.hooksDir(cwd), force.get());
            }
            Output out = out();
            if (json()) {
                out.json(Shapes.object(Shapes.sorted(
                        "success", true, "message", "Git hooks installed successfully", "shared", shared.get())));
                return 0;
            }
            out.line(out.style().green("✓") + " Git hooks installed successfully");
            out.line();
            if (shared.get()) {
                out.line("Hooks installed to: .beads-hooks/");
                out.line("Git config set: core.hooksPath=.beads-hooks");
                out.line();
                out.line("⚠️  Remember to commit .beads-hooks/ to share with your team!");
                out.line();
            }
            out.line("Installed hooks:");
            for (String name : GitHooks.NAMES) {
                out.line("  - " + name);
            }
            return 0;
        }
    }

    /** {@code bd hooks uninstall}. */
    public static final class Uninstall extends BdSubcommand {
        public Uninstall() {
            super("uninstall");
            model.description("Uninstall bd git hooks.", "", "Remove bd git hooks from .git/hooks/ directory.");
        }

        @Override
        protected int execute() {
            List<String> warnings =
                    GitHooks.uninstall(GitHooks.hooksDir(bd().env().cwd()));
            Output out = out();
            for (String warning : warnings) {
                out.warn(warning);
            }
            if (json()) {
                out.json(
                        Shapes.object(Shapes.sorted("success", true, "message", "Git hooks uninstalled successfully")));
            } else {
                out.line(out.style().green("✓") + " Git hooks uninstalled successfully");
            }
            return 0;
        }
    }

    /** {@code bd hooks list}. */
    public static final class ListHooks extends BdSubcommand {
        public ListHooks() {
            super("list");
            model.description(
                    "List installed git hooks status.",
                    "",
                    "Show the status of bd git hooks (installed, outdated, missing).");
        }

        @Override
        protected int execute() {
            Path cwd = bd().env().cwd();
            List<GitHooks.Status> statuses =
                    GitHooks.check(GitProcess.isRepository(cwd) ? GitHooks.hooksDir(cwd) : null);
            Output out = out();
            if (json()) {
                out.json(g -> {
                    // Go's HookStatus has no json tags: its field names, in struct order.
                    g.writeStartObject();
                    g.writeArrayFieldStart("hooks");
                    for (GitHooks.Status s : statuses) {
                        g.writeStartObject();
                        g.writeStringField("Name", s.name());
                        g.writeBooleanField("Installed", s.installed());
                        g.writeStringField("Version", s.version());
                        g.writeBooleanField("IsShim", s.shim());
                        g.writeBooleanField("Outdated", s.outdated());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                });
                return 0;
            }
            out.line("Git hooks status:");
            for (GitHooks.Status s : statuses) {
                out.line("  " + line(s));
            }
            return 0;
        }

        private static String line(GitHooks.Status s) {
            if (!s.installed()) {
                return "✗ " + s.name() + ": not installed";
            }
            if (s.shim()) {
                return "✓ " + s.name() + ": installed (shim " + s.version() + ")";
            }
            if (s.outdated()) {
                return "⚠ " + s.name() + ": installed (version " + s.version() + ", current: "
                        + dev.beads.cli.BdVersion.COMPATIBLE_WITH + ") - outdated";
            }
            return "✓ " + s.name() + ": installed (version " + s.version() + ")";
        }
    }

    /** {@code bd hooks run <hook> [args...]}: what the shims call. */
    public static final class HookRun extends BdSubcommand {
        public HookRun() {
            super("run");
            model.description(
                    "Execute a git hook (called by thin shims).",
                    "",
                    "Supported hooks:",
                    "  - pre-commit: Flush pending changes to JSONL before commit",
                    "  - post-merge: Import JSONL after pull/merge",
                    "  - pre-push: Prevent pushing stale JSONL",
                    "  - post-checkout: Import JSONL after branch checkout");
        }

        final Arg<List<String>> args = model.positional("0..*", "<hook-name> [args...]")
                .arity("1..*")
                .description("The hook and git's arguments to it.")
                .strings();

        @Override
        protected int execute() {
            List<String> given = args.get();
            HookActions actions = new HookActions(bd().env(), out(), this::session);
            return switch (given.getFirst()) {
                case "pre-commit" -> actions.preCommit();
                case "post-merge" -> actions.postMerge();
                case "pre-push" -> actions.prePush();
                case "post-checkout" -> actions.postCheckout(given.subList(1, given.size()));
                default -> throw new InvalidInputException("Unknown hook: " + given.getFirst());
            };
        }
    }
}
