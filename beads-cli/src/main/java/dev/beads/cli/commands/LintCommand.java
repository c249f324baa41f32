package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.ExitCodes;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.error.BeadsException;
import dev.beads.core.error.ErrorKind;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code bd lint}: issues whose description lacks the sections their type's template expects (newer Go bd,
 * cmd/bd/lint.go; the sections are internal/types RequiredSections, matched case-insensitively anywhere in the
 * description as internal/validation/template.go does). Exit 1 when there are warnings, so CI can fail on them: the
 * one exit 1 of {@code bd} that is not a bug. With {@code --json} the exit is 0, as in Go bd.
 */
public final class LintCommand extends BdSubcommand {
    public LintCommand() {
        super("lint");
        model.description(
                "Check issues for missing template sections: bug: Steps to Reproduce, Acceptance Criteria; task and"
                        + " feature: Acceptance Criteria; epic: Success Criteria; chore: none.",
                "Exits 1 when there are warnings (for CI); with --json the warnings are data and the exit is 0.");
    }

    final Arg<List<String>> ids = model.positional("0..*", "<id>")
            .arity("0..*")
            .description("Issues to lint (default: every open issue).")
            .strings();

    final Arg<List<String>> types = FilterArgs.types(model);

    final Arg<String> status = model.option("-s", "--status")
            .label("<status>")
            .description("Only this status (default: open; 'all' for every status).")
            .string();

    /** One issue's missing sections ({@code LintResult} of Go bd). */
    record Warning(Issue issue, List<String> missing) {}

    @Override
    protected int execute() {
        Ports ports = reading();
        List<Issue> issues = new ArrayList<>();
        BeadsException failure =
                ids.get() == null || ids.get().isEmpty() ? listed(ports, issues) : named(ports, issues);
        List<Warning> warnings = new ArrayList<>();
        int total = 0;
        for (Issue issue : issues) {
            List<String> missing = missingSections(issue.issueType(), issue.description());
            if (!missing.isEmpty()) {
                warnings.add(new Warning(issue, missing));
                total += missing.size();
            }
        }
        Output out = out();
        if (json()) {
            json(out, warnings, total);
            return failure == null ? ExitCodes.OK : ExitCodes.of(failure.kind());
        }
        if (warnings.isEmpty()) {
            out.line(out.style().green("✓") + " No template warnings found (" + issues.size() + " issues checked)");
            return failure == null ? ExitCodes.OK : ExitCodes.of(failure.kind());
        }
        out.line("Template warnings (" + warnings.size() + " issues, " + total + " warnings):");
        out.line();
        for (Warning w : warnings) {
            Issue i = w.issue();
            out.line(out.style().cyan(i.id().value()) + " [" + i.issueType().name() + "]: " + i.title());
            for (String section : w.missing()) {
                out.line("  " + out.style().yellow("⚠") + " Missing: " + section);
            }
            out.line();
        }
        return LINT_WARNINGS;
    }

    /** Exit 1: warnings found (Go bd's os.Exit(1) in lint.go, for CI). */
    private static final int LINT_WARNINGS = 1;

    private BeadsException listed(Ports ports, List<Issue> into) {
        IssueFilter.Builder filter = IssueFilter.builder().types(Inputs.types(types.get(), () -> ports));
        String wanted = status.get() == null || status.get().isBlank() ? "open" : status.get();
        if (!wanted.equals("all")) {
            filter.statuses(Set.of(Inputs.status(wanted, () -> ports)));
        }
        into.addAll(ports.queries().list(filter.build()));
        return null;
    }

    /** The named issues; one that cannot be found is reported and skipped, as Go bd does. */
    private BeadsException named(Ports ports, List<Issue> into) {
        BeadsException first = null;
        for (String id : ids.get()) {
            try {
                into.add(ports.queries().show(resolve(ports, id)).issue());
            } catch (BeadsException e) {
                if (e.kind() == ErrorKind.BACKEND || e.kind() == ErrorKind.INTERNAL) {
                    throw e;
                }
                out().error(e.getMessage());
                first = first == null ? e : first;
            }
        }
        return first;
    }

    /** The headings of {@code type}'s template that {@code description} does not mention. */
    static List<String> missingSections(IssueType type, String description) {
        String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
        List<String> missing = new ArrayList<>();
        for (String heading : requiredSections(type)) {
            if (!text.contains(heading.substring("## ".length()).toLowerCase(Locale.ROOT))) {
                missing.add(heading);
            }
        }
        return missing;
    }

    /** Go bd's IssueType.RequiredSections (v0.49.6 internal/types/types.go:577). */
    private static List<String> requiredSections(IssueType type) {
        return switch (type.name()) {
            case "bug" -> List.of("## Steps to Reproduce", "## Acceptance Criteria");
            case "task", "feature" -> List.of("## Acceptance Criteria");
            case "epic" -> List.of("## Success Criteria");
            default -> List.of();
        };
    }

    /** Go's {@code {"total", "issues", "results"}}; {@code results} is null when there are none (a nil Go slice). */
    private static void json(Output out, List<Warning> warnings, int total) {
        out.json(g -> {
            g.writeStartObject();
            g.writeNumberField("total", total);
            g.writeNumberField("issues", warnings.size());
            g.writeFieldName("results");
            if (warnings.isEmpty()) {
                g.writeNull();
            } else {
                g.writeStartArray();
                for (Warning w : warnings) {
                    g.writeStartObject();
                    g.writeStringField("id", w.issue().id().value());
                    g.writeStringField("title", w.issue().title());
                    g.writeStringField("type", w.issue().issueType().name());
                    g.writeArrayFieldStart("missing");
                    for (String section : w.missing()) {
                        g.writeString(section);
                    }
                    g.writeEndArray();
                    g.writeNumberField("warnings", w.missing().size());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }
}
