// Proves that editors understand the shipped schema: runs the yaml-language-server package (the
// engine of VS Code's YAML extension) over stdio, opens every sample (each names its schema in a
// `# yaml-language-server: $schema=` line) and one broken copy of a sample, and reads the
// diagnostics it publishes. The samples must get none; the broken copy exactly the one expected.
//
// Usage: node .ci/yaml-ls-check.mjs PATH/TO/yaml-language-server/bin/yaml-language-server
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const server = process.argv[2];
if (!server) {
  console.error("usage: node .ci/yaml-ls-check.mjs YAML_LANGUAGE_SERVER_BIN");
  process.exit(2);
}
const repository = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// The broken file: a sample with a misspelt key, naming the schema by its absolute URL, since it
// is written outside the repository (a broken deployment inside it would fail 'oversight check .').
const work = mkdtempSync(join(tmpdir(), "oversight-yaml-ls-"));
const schemaUrl = pathToFileURL(join(repository, "schema/oversight-v1.schema.json")).href;
const remediated = readFileSync(join(repository, "samples/kiro-remediated.yaml"), "utf8");
const misspelt = remediated.replace("onTimeout: deny ", "onTimout: deny  ");
if (misspelt === remediated) throw new Error("the sample no longer has the line the broken copy changes");
const brokenLine = misspelt.split("\n").findIndex((line) => line.includes("onTimout:"));
const broken = join(work, "broken.yaml");
writeFileSync(broken, misspelt.replace(/\$schema=\S+/, `$schema=${schemaUrl}`));

const samples = [];
for (const dir of ["samples", "samples/waivers"]) {
  for (const name of readdirSync(join(repository, dir)).sort()) {
    if (/\.ya?ml$/.test(name)) samples.push(join(repository, dir, name));
  }
}
const expected = new Map(samples.map((file) => [pathToFileURL(file).href, []]));
expected.set(pathToFileURL(broken).href, [{ line: brokenLine, message: "Property onTimout is not allowed." }]);

// --- A minimal LSP client: Content-Length framed JSON-RPC over the server's stdio.
const child = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
const diagnostics = new Map();
let lastPublished = Date.now();

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve) => pending.set(id, resolve));
}
const settings = { yaml: { validate: true, hover: false, completion: false, schemaStore: { enable: false }, schemas: {} } };

child.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8"));
    buffer = buffer.subarray(headerEnd + 4 + length);
    if (message.id !== undefined && message.method === undefined) {
      pending.get(message.id)?.(message.result);
    } else if (message.method === "workspace/configuration") {
      send({ id: message.id, result: message.params.items.map((item) => (item.section === "yaml" ? settings.yaml : settings[item.section] ?? null)) });
    } else if (message.id !== undefined) {
      send({ id: message.id, result: null }); // registrations and other requests: accepted
    } else if (message.method === "textDocument/publishDiagnostics") {
      diagnostics.set(message.params.uri, message.params.diagnostics);
      lastPublished = Date.now();
    }
  }
});

const timeout = setTimeout(() => {
  console.error("yaml-language-server: no answer within 120 s");
  child.kill();
  process.exit(1);
}, 120_000);

await request("initialize", {
  processId: process.pid,
  rootUri: pathToFileURL(repository).href,
  capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
});
send({ method: "initialized", params: {} });
send({ method: "workspace/didChangeConfiguration", params: { settings } });
for (const uri of expected.keys()) {
  send({ method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "yaml", version: 1, text: readFileSync(fileURLToPath(uri), "utf8") } } });
}
// Diagnostics come after the schema loads and may be published more than once: wait until every
// file has some and nothing new came for two seconds.
while (![...expected.keys()].every((uri) => diagnostics.has(uri)) || Date.now() - lastPublished < 2000) {
  await new Promise((resolve) => setTimeout(resolve, 200));
}
clearTimeout(timeout);
await request("shutdown", null);
send({ method: "exit" });
rmSync(work, { recursive: true, force: true });

let failures = 0;
for (const [uri, wanted] of expected) {
  const got = diagnostics.get(uri).map((d) => ({ line: d.range.start.line, message: d.message }));
  const name = uri.startsWith(pathToFileURL(repository).href) ? uri.slice(pathToFileURL(repository).href.length + 1) : "broken copy of samples/kiro-remediated.yaml";
  if (JSON.stringify(got) !== JSON.stringify(wanted)) {
    failures++;
    console.error(`${name}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(got)}`);
  }
}
if (failures > 0) process.exit(1);
console.log(`yaml-language-server: ${samples.length} samples without a diagnostic; the broken copy gets "${expected.get(pathToFileURL(broken).href)[0].message}" on line ${brokenLine + 1}`);
