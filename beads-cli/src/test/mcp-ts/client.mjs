// Drives `bd mcp` with the official MCP TypeScript SDK client, as an agent's host does, and prints what it saw as
// one JSON object on stdout for McpTypeScriptClientIT to check. Usage: node client.mjs <bd> <workspace>
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ResourceUpdatedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";

const [bd, workspace] = process.argv.slice(2);
const out = {};
const transport = new StdioClientTransport({ command: bd, args: ["mcp"], cwd: workspace, env: process.env, stderr: "pipe" });
let stderr = "";
transport.stderr?.on("data", (chunk) => (stderr += chunk));
const client = new Client({ name: "beads-it", version: "1.0.0" }, { capabilities: {} });
const updates = [];
client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => updates.push(n.params.uri));

const ids = (result) => result.structuredContent.issues.map((i) => i.id);
try {
  await client.connect(transport);
  out.serverName = client.getServerVersion().name;
  out.instructions = client.getInstructions();

  const { tools } = await client.listTools();
  out.tools = tools.map((t) => ({
    name: t.name,
    described: Boolean(t.description),
    undescribed: Object.entries(t.inputSchema.properties ?? {})
      .filter(([, field]) => !field.description)
      .map(([name]) => name),
    schemaType: t.inputSchema.type,
  }));

  const created = await client.callTool({ name: "create", arguments: { title: "From the TypeScript SDK", priority: 1 } });
  out.createdId = created.structuredContent.id;
  out.readyAfterCreate = ids(await client.callTool({ name: "ready", arguments: {} }));
  const closed = await client.callTool({ name: "close", arguments: { issue_id: out.createdId } });
  out.closeResult = closed.structuredContent.issues[0];
  out.readyAfterClose = ids(await client.callTool({ name: "ready", arguments: {} }));

  const unknown = await client.callTool({ name: "show", arguments: { issue_id: "nope-0000" } });
  out.unknown = { isError: unknown.isError === true, text: unknown.content[0].text };

  await client.subscribeResource({ uri: "beads://ready" });
  await client.callTool({ name: "create", arguments: { title: "Seen by a subscriber" } });
  const deadline = Date.now() + 5000;
  while (!updates.includes("beads://ready") && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
  }
  out.updates = updates;
  const ready = await client.readResource({ uri: "beads://ready" });
  out.readyResource = JSON.parse(ready.contents[0].text).issues.map((i) => i.title);
  const quickstart = await client.readResource({ uri: "beads://quickstart" });
  out.quickstartStartsWith = quickstart.contents[0].text.split("\n")[0];
} catch (e) {
  out.failure = String(e && e.stack ? e.stack : e);
} finally {
  await client.close();
  out.stderr = stderr;
  process.stdout.write(JSON.stringify(out) + "\n");
}
