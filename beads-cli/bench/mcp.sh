#!/usr/bin/env bash
# The MCP server (bd mcp) in a 10,000-issue workspace, driven by the official MCP TypeScript SDK client: start-up
# (spawn to initialize answered) and the median and p90 round trip of tools/call ready, show and create.
#
#   beads-cli/bench/mcp.sh [calls]
#
# Needs python3, node and npm (McpTypeScriptClientIT's target/mcp-ts is reused, or installed here) and a built
# beads-cli (bin/bd builds it on first use).
set -euo pipefail
calls=${1:-50}
root=$(cd "$(dirname "$0")/../.." && pwd)
bd=$root/bin/bd
work=$(mktemp -d /tmp/bd-mcp-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 "$(dirname "$0")/issues.py" "$work/issues.jsonl"
mkdir -p "$work/ws/.beads"
cp "$work/issues.jsonl" "$work/ws/.beads/issues.jsonl"
cd "$work/ws"
BD_AOT=0 "$bd" init --prefix bench -q
echo "workspace: $("$bd" --no-daemon count) issues in $work/ws" >&2

client=$root/beads-cli/target/mcp-ts
mkdir -p "$client"
cp "$root/beads-cli/src/test/mcp-ts/package.json" "$root/beads-cli/bench/mcp-roundtrip.mjs" "$client/"
[ -d "$client/node_modules/@modelcontextprotocol/sdk" ] ||
    (cd "$client" && npm install --no-audit --no-fund --no-package-lock --loglevel=error >&2)
node "$client/mcp-roundtrip.mjs" "$bd" "$work/ws" "$calls"
