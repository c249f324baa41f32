package dev.beads.mcp;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Issue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * beads-mcp's result compaction: a list of more than {@code threshold} issues comes back as a
 * {@code CompactedResult}, the first {@code preview} of them and the total. {@code BEADS_MCP_COMPACTION_THRESHOLD}
 * (default 20) and {@code BEADS_MCP_PREVIEW_COUNT} (default 5) set them, as there.
 */
record Compaction(int threshold, int preview) {

    Compaction {
        if (threshold < 1) {
            throw new InvalidInputException("BEADS_MCP_COMPACTION_THRESHOLD must be >= 1");
        }
        if (preview < 1) {
            throw new InvalidInputException("BEADS_MCP_PREVIEW_COUNT must be >= 1");
        }
        if (preview > threshold) {
            throw new InvalidInputException("BEADS_MCP_PREVIEW_COUNT must be <= BEADS_MCP_COMPACTION_THRESHOLD");
        }
    }

    static Compaction fromEnv(Map<String, String> env) {
        return new Compaction(
                number(env, "BEADS_MCP_COMPACTION_THRESHOLD", 20), number(env, "BEADS_MCP_PREVIEW_COUNT", 5));
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + "=" + value + " is not a number: set it to an integer, or unset it");
        }
    }

    BeadsTool.Result compact(List<Map<String, Object>> views, String noun, List<Issue> issues) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("compacted", true);
        result.put("total_count", views.size());
        result.put("preview", views.subList(0, preview));
        result.put("preview_count", preview);
        String hint = "Showing " + preview + " of " + views.size() + " " + noun
                + ". Use show(issue_id) for full details or add filters to narrow results.";
        result.put("hint", hint);
        StringBuilder text = new StringBuilder(hint);
        for (int i = 0; i < preview; i++) {
            text.append('\n').append(IssueViews.line(issues.get(i)));
        }
        return new BeadsTool.Result(result, text.toString());
    }
}
