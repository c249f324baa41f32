package dev.beads.mcp;

import java.util.Map;

/**
 * One MCP tool: its name, description and input schema as beads-mcp v0.39.1 lists them, and what a call does.
 *
 * @param writes true for tools that change issues: the JSONL is written after them
 */
record BeadsTool(String name, String description, Map<String, Object> inputSchema, boolean writes, Handler handler) {

    /** What a call does. Failures are thrown as {@link dev.beads.core.error.BeadsException}s. */
    @FunctionalInterface
    interface Handler {
        Result call(Call call);
    }

    /** A tool call: its arguments and, on demand, its workspace. */
    interface Call {
        Args args();

        /** The workspace this call works on ({@code workspace_root}, context, roots, working directory). */
        WorkspacePorts ports();
    }

    /**
     * What a call returns: structured content (a JSON object) and a short text an agent can read.
     *
     * @param structured the structured content, a map (MCP wants an object: lists are wrapped by the tool)
     */
    record Result(Map<String, Object> structured, String text) {}
}
