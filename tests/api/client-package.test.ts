// The TypeScript client as a real package (packages/client, npm name `baton-client`): `npm pack`
// builds it (prepack), the tarball installs offline into an empty folder (so it has no runtime
// dependencies), plain `node` — no tsx, no loader — imports it as ESM and as CommonJS and sends
// events to the running Baton, which stores them. The published declarations type-check in a
// consumer without zod (the event type is expanded, not imported), and reject a malformed event.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, countEvents, createTestProject, getJson, type TestProject } from "../helpers/api";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const PKG = path.join(ROOT, "packages/client");
// plain node: drop any loader the test runner put in NODE_OPTIONS
const ENV = { ...process.env, NODE_OPTIONS: "" };

let dir: string;
let app: string;
let p: TestProject;

const SCRIPT = (flavour: "esm" | "cjs") => `
${flavour === "esm" ? `import { createBatonClient } from "baton-client";` : `const { createBatonClient } = require("baton-client");`}
const [url, key, conversationId] = process.argv.slice(2);
const errors = [];
const baton = createBatonClient({ url, key, maxRetries: 0, onError: (e) => errors.push(e.message) });
const now = Date.now();
baton.send([
  { id: conversationId + "-1", conversationId, timestamp: now - 3000, type: "message", role: "user", content: "Refund order 8812 please" },
  { id: conversationId + "-2", conversationId, timestamp: now - 2000, type: "handoff", from: "triage", to: "billing", payload: { order_id: "8812" } },
]);
${flavour === "esm" ? "await baton.shutdown();\nconsole.log(JSON.stringify({ stats: baton.stats(), errors }));" : "baton.shutdown().then(() => console.log(JSON.stringify({ stats: baton.stats(), errors })));"}
`;

async function node(file: string, conversationId: string, key = p.key) {
  const { stdout } = await run(process.execPath, [file, baseUrl(), key, conversationId], { cwd: app, env: ENV });
  return JSON.parse(stdout.trim().split("\n").pop()!) as { stats: Record<string, number>; errors: string[] };
}

beforeAll(async () => {
  p = await createTestProject();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-client-pack-"));
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", dir], { cwd: PKG, env: ENV, maxBuffer: 16 << 20 });
  const tgz = path.join(dir, JSON.parse(stdout.slice(stdout.indexOf("[")))[0].filename);
  app = path.join(dir, "app");
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  // --offline: a runtime dependency that is not already on this machine would fail the install
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", tgz], { cwd: app, env: ENV });
  fs.writeFileSync(path.join(app, "send.mjs"), SCRIPT("esm"));
  fs.writeFileSync(path.join(app, "send.cjs"), SCRIPT("cjs"));
}, 180_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("baton-client, packed and installed", () => {
  it("installs with no runtime dependencies and ships JS (ESM + CJS) and declarations without server code", () => {
    const installed = path.join(app, "node_modules/baton-client");
    const pkg = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8"));
    expect(pkg.name).toBe("baton-client");
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(fs.readdirSync(path.join(app, "node_modules")).filter((d) => !d.startsWith("."))).toEqual(["baton-client"]);
    const files = fs.readdirSync(path.join(installed, "dist"));
    for (const entry of ["index", "openai-agents", "langgraph"]) {
      expect(files).toEqual(expect.arrayContaining([`${entry}.js`, `${entry}.cjs`, `${entry}.d.ts`, `${entry}.d.cts`]));
    }
    // what the files import: node built-ins, the optional peer, and each other — no zod, no server code
    const specifiers = new Set<string>();
    for (const f of files) {
      const text = fs.readFileSync(path.join(installed, "dist", f), "utf8");
      for (const m of text.matchAll(/(?:\bfrom\s*|\brequire\(\s*|\bimport\(\s*)["']([^"']+)["']/g)) specifiers.add(m[1]);
    }
    // node:fs/promises: the capture mode, loaded only when a capture file is given
    expect([...specifiers].sort()).toEqual(["./events.cjs", "./events.js", "./index.cjs", "./index.js", "@openai/agents", "node:crypto", "node:fs/promises"]);
  });

  it("plain node imports it as ESM and sends events that arrive", async () => {
    const out = await node("send.mjs", "pkg-esm");
    expect(out).toEqual({ stats: expect.objectContaining({ sent: 2, failed: 0, buffered: 0 }), errors: [] });
    const res = await getJson("/api/v1/conversations/pkg-esm", p.key);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.events.map((e: { type: string }) => e.type)).toEqual(["message", "handoff"]);
    expect(body.events[1]).toMatchObject({ from: "triage", to: "billing", payload: { order_id: "8812" } });
  });

  it("plain node requires it as CommonJS and sends events that arrive", async () => {
    const out = await node("send.cjs", "pkg-cjs");
    expect(out.stats).toMatchObject({ sent: 2, failed: 0 });
    expect(await countEvents(p.projectId, ["pkg-cjs-1", "pkg-cjs-2"])).toBe(2);
  });

  it("a wrong key: the client reports the 401 and nothing is stored", async () => {
    const out = await node("send.mjs", "pkg-badkey", "bt_wrong_key");
    expect(out.stats).toMatchObject({ sent: 0, failed: 2 });
    expect(out.errors[0]).toMatch(/HTTP 401/);
    expect(await countEvents(p.projectId, ["pkg-badkey-1", "pkg-badkey-2"])).toBe(0);
  });

  it("its declarations type-check a consumer (ESM and CJS) and reject a handoff without `to`", async () => {
    const consumer = (imp: string) => `${imp}
const baton = createBatonClient({ url: "http://127.0.0.1:1", key: "k" });
const ok: BatonEvent = { id: "a", conversationId: "c", timestamp: Date.now(), type: "handoff", from: "triage", to: "billing" };
baton.send(ok);
// @ts-expect-error a handoff needs \`to\`
baton.send({ id: "b", conversationId: "c", timestamp: 1, type: "handoff", from: "triage" });
export const pending: Promise<unknown> = langGraphHandoffs([], { conversationId: "c" });
`;
    fs.writeFileSync(path.join(app, "use.mts"), consumer(`import { createBatonClient, type BatonEvent } from "baton-client";\nimport { langGraphHandoffs } from "baton-client/langgraph";`));
    fs.writeFileSync(path.join(app, "use.cts"), consumer(`import { createBatonClient, type BatonEvent } from "baton-client";\nimport { langGraphHandoffs } from "baton-client/langgraph";`));
    const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
    // skipLibCheck off so the package's own .d.ts files are checked (an unresolved import would fail);
    // no @types/node: the declarations need only the standard library and fetch
    const compilerOptions = { noEmit: true, strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022",
      lib: ["es2022", "dom"], types: [], skipLibCheck: false, skipDefaultLibCheck: true };
    fs.writeFileSync(path.join(app, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["use.mts", "use.cts"] }));
    const args = ["-p", "tsconfig.json"];
    const result = await run(process.execPath, [tsc, ...args], { cwd: app, env: ENV }).then(() => "", (err) => String(err.stdout));
    expect(result).toBe("");
    // near miss: the same consumer with the handoff's `to` restored fails its @ts-expect-error
    fs.writeFileSync(path.join(app, "use.mts"), fs.readFileSync(path.join(app, "use.mts"), "utf8").replace(`from: "triage" });`, `from: "triage", to: "x" });`));
    const failed = await run(process.execPath, [tsc, ...args], { cwd: app, env: ENV }).then(() => "", (err) => String(err.stdout));
    expect(failed).toMatch(/use\.mts.*Unused '@ts-expect-error' directive/);
  }, 300_000);
});
