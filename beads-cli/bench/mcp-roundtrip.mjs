// Round trips of bd mcp through the MCP TypeScript SDK client (mcp.sh runs it): node mcp-roundtrip.mjs <bd> <ws> <n>
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [bd, workspace, n] = process.argv.slice(2);
const calls = Number(n);
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const startups = [];
for (let i = 0; i < 3; i++) {
  const t0 = process.hrtime.bigint();
  const c = new Client({ name: "bench", version: "1" });
  await c.connect(new StdioClientTransport({ command: bd, args: ["mcp"], cwd: workspace, env: process.env, stderr: "ignore" }));
  startups.push(ms(t0));
  await c.close();
}

const client = new Client({ name: "bench", version: "1" });
await client.connect(new StdioClientTransport({ command: bd, args: ["mcp"], cwd: workspace, env: process.env, stderr: "ignore" }));
const time = async (name, args) => {
  for (let i = 0; i < 5; i++) await client.callTool({ name, arguments: args(i) }); // warm-up
  const xs = [];
  for (let i = 0; i < calls; i++) {
    const t0 = process.hrtime.bigint();
    const r = await client.callTool({ name, arguments: args(i) });
    xs.push(ms(t0));
    if (r.isError) throw new Error(name + ": " + r.content[0].text);
  }
  return xs;
};
const rows = [
  ["ready (limit 10)", await time("ready", () => ({}))],
  ["show bench-05000", await time("show", () => ({ issue_id: "bench-05000" }))],
  ["create", await time("create", (i) => ({ title: "bench " + i }))],
];
await client.close();
console.log(`start-up, spawn to initialize answered (median of 3, ms): ${pct(startups, 0.5).toFixed(0)}`);
console.log(`tools/call round trip, ${calls} calls after 5 warm-up (ms)      p50      p90`);
for (const [name, xs] of rows) {
  console.log(`${name.padEnd(58)} ${pct(xs, 0.5).toFixed(1).padStart(8)} ${pct(xs, 0.9).toFixed(1).padStart(8)}`);
}
