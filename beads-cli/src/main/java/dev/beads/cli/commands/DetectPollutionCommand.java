package dev.beads.cli.commands;

import dev.beads.cli.CommandModel.Arg;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.core.api.DeleteIssue;
import dev.beads.core.api.ExportIssues;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueFilter;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.Timestamps;
import dev.beads.json.Shapes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code bd detect-pollution}: issues that look like test data leaked into a real database, scored by Go bd
 * v0.39.1's rules (cmd/bd/detect_pollution.go:193): a test-like title prefix, a sequential id with a short
 * description, no or a very short description, ten or more created in the same minute, a generic test title;
 * 0.7 or more is reported, 0.9 or more is high confidence. {@code --clean --yes} backs them up to
 * {@code .beads/pollution-backup.jsonl} and deletes them (tombstones).
 */
public final class DetectPollutionCommand extends BdSubcommand {
    private static final Pattern TEST_PREFIX = Pattern.compile("^(test|benchmark|sample|tmp|temp|debug|dummy)[-_\\s]");
    private static final Pattern SEQUENTIAL = Pattern.compile("^[a-z]+-\\d+$");

    public DetectPollutionCommand() {
        super("detect-pollution");
        model.description("Detect (and with --clean delete) test issues that leaked into the database.");
    }

    // Go bd v0.39.1 cmd/bd/detect_pollution.go:286-287.
    final Arg<Boolean> clean = model.option("--clean")
            .description("Delete the detected issues (after a backup to .beads/pollution-backup.jsonl).")
            .flag();

    final Arg<Boolean> yes =
            model.option("--yes").description("Do not ask before deleting.").flag();

    /** One suspect: the issue, its score and why. */
    record Suspect(Issue issue, double score, List<String> reasons) {}

    @Override
    protected int execute() {
        Ports ports = clean.get() ? writing() : reading();
        List<Suspect> suspects = detect(ports.queries().list(IssueFilter.ALL));
        Output out = out();
        if (json() && !clean.get()) {
            out.json(g -> {
                g.writeStartObject();
                if (!suspects.isEmpty()) {
                    g.writeNumberField("high_confidence", high(suspects));
                }
                g.writeArrayFieldStart("issues");
                for (Suspect s : suspects) {
                    g.writeStartObject();
                    g.writeStringField("created_at", Timestamps.format(s.issue().createdAt()));
                    g.writeStringField("id", s.issue().id().value());
                    Shapes.scalar(g, "reasons", s.reasons());
                    g.writeFieldName("score");
                    Shapes.goFloat(g, s.score());
                    g.writeStringField("title", s.issue().title());
                    g.writeEndObject();
                }
                g.writeEndArray();
                if (!suspects.isEmpty()) {
                    g.writeNumberField("medium_confidence", suspects.size() - high(suspects));
                }
                g.writeNumberField("polluted_count", suspects.size());
                g.writeEndObject();
            });
            return 0;
        }
        if (suspects.isEmpty()) {
            if (json()) {
                out.json(Shapes.object(Shapes.sorted("polluted_count", 0, "deleted", 0)));
            } else {
                out.line("No test pollution detected!");
            }
            return 0;
        }
        if (!json()) {
            report(out, suspects);
        }
        if (!clean.get()) {
            out.line("Run 'bd detect-pollution --clean' to delete these issues (with confirmation).");
            return 0;
        }
        if (!yes.get()) {
            throw new InvalidInputException("bd detect-pollution --clean deletes " + suspects.size()
                    + " issues: run it again with --yes to confirm (bd asks no questions)");
        }
        return cleanUp(ports, out, suspects);
    }

    private int cleanUp(Ports ports, Output out, List<Suspect> suspects) {
        Set<IssueId> ids = new LinkedHashSet<>();
        suspects.forEach(s -> ids.add(s.issue().id()));
        Path backup = session().workspace().beadsDir().resolve("pollution-backup.jsonl");
        ports.sync()
                .export(new ExportIssues(backup, IssueFilter.builder().ids(ids).build(), true));
        for (IssueId id : ids) {
            ports.issues().delete(new DeleteIssue(id, "test pollution (bd detect-pollution --clean)", actor()));
        }
        if (json()) {
            out.json(Shapes.object(Shapes.sorted(
                    "polluted_count", suspects.size(), "deleted", ids.size(), "backup", backup.toString())));
        } else {
            out.line("Backed up " + ids.size() + " issues to " + backup);
            out.line(out.style().green("✓") + " Deleted " + ids.size() + " test issues");
            out.line();
            out.line("Cleanup complete. To restore, run: bd import -i " + backup);
        }
        return 0;
    }

    private static void report(Output out, List<Suspect> suspects) {
        out.line("Found " + suspects.size() + " potential test issues:");
        out.line();
        section(out, "High Confidence (score ≥ 0.9):", suspects, true);
        section(out, "Medium Confidence (score 0.7-0.9):", suspects, false);
    }

    private static void section(Output out, String heading, List<Suspect> suspects, boolean high) {
        List<Suspect> these = new ArrayList<>();
        for (Suspect s : suspects) {
            if ((s.score() >= 0.9) == high) {
                these.add(s);
            }
        }
        if (these.isEmpty()) {
            return;
        }
        out.line(heading);
        for (Suspect s : these) {
            out.line(String.format(
                    Locale.ROOT,
                    "  %s: %s (score: %.2f)",
                    s.issue().id().value(),
                    ListFormats.quote(s.issue().title()),
                    s.score()));
            s.reasons().forEach(r -> out.line("    - " + r));
        }
        out.line("  (Total: " + these.size() + " issues)");
        out.line();
    }

    private static int high(List<Suspect> suspects) {
        int n = 0;
        for (Suspect s : suspects) {
            if (s.score() >= 0.9) {
                n++;
            }
        }
        return n;
    }

    /** Go bd's scoring, rule by rule and in its order (the sums are the same floating-point sums). */
    static List<Suspect> detect(List<Issue> issues) {
        Map<Long, Integer> perMinute = new HashMap<>();
        for (Issue i : issues) {
            perMinute.merge(i.createdAt().toEpochSecond() / 60, 1, Integer::sum);
        }
        List<Suspect> found = new ArrayList<>();
        for (Issue issue : issues) {
            double score = 0;
            List<String> reasons = new ArrayList<>();
            String title = issue.title().toLowerCase(Locale.ROOT);
            int descriptionBytes = issue.description().getBytes(StandardCharsets.UTF_8).length;
            if (TEST_PREFIX.matcher(title).find()) {
                score += 0.7;
                reasons.add("Title starts with test prefix");
            }
            if (SEQUENTIAL.matcher(issue.id().value()).matches() && descriptionBytes < 20) {
                score += 0.4;
                reasons.add("Sequential ID with minimal description");
            }
            if (issue.description().strip().isEmpty()) {
                score += 0.2;
                reasons.add("No description");
            } else if (descriptionBytes < 20) {
                score += 0.1;
                reasons.add("Very short description");
            }
            int sameMinute = perMinute.get(issue.createdAt().toEpochSecond() / 60);
            if (sameMinute >= 10) {
                score += 0.3;
                reasons.add("Created with " + (sameMinute - 1) + " other issues in same minute");
            }
            if (title.contains("issue for testing") || title.contains("test issue") || title.contains("sample issue")) {
                score += 0.5;
                reasons.add("Generic test title");
            }
            if (score >= 0.7) {
                found.add(new Suspect(issue, score, reasons));
            }
        }
        return found;
    }
}
