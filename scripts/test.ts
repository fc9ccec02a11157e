// `npm test`: every suite (unit, API against a real PostgreSQL and the running app, end-to-end in
// Chromium), then one line `N passed, N failed`. One PostgreSQL serves the whole run: DATABASE_URL
// when set, else an embedded server in a temporary folder. The app is built first (set
// BATON_SKIP_BUILD=1 to reuse an existing .next build while iterating).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDb } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { env as config, toolEnv } from "../lib/env";
import { buildApp, hasBuild, ROOT } from "../lib/runtime/processes";

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}
const ART = path.join(ROOT, "tests/.artifacts");

function run(cmd: string, args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    p.on("exit", (code) => resolve(code ?? 1));
  });
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

async function vitest(project: string, env: Record<string, string>): Promise<Totals> {
  const out = path.join(ART, `vitest-${project}.json`);
  fs.rmSync(out, { force: true });
  const code = await run(process.execPath, [require_("vitest/vitest.mjs"), "run", "--project", project, "--passWithNoTests",
    "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], env);
  const r = readJson(out) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | null;
  if (!r) return { passed: 0, failed: 1, skipped: 0 }; // the runner itself failed
  const failed = r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0);
  return { passed: r.numPassedTests, failed, skipped: r.numPendingTests + r.numTodoTests };
}

async function playwright(env: Record<string, string>): Promise<Totals> {
  const out = path.join(ART, "playwright.json");
  fs.rmSync(out, { force: true });
  if (!fs.existsSync(path.join(ROOT, "tests/e2e")) || !fs.readdirSync(path.join(ROOT, "tests/e2e")).some((f) => f.endsWith(".spec.ts"))) {
    return { passed: 0, failed: 0, skipped: 0 };
  }
  const code = await run(process.execPath, [require_("@playwright/test/cli.js"), "test"], {
    ...env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  const r = readJson(out) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | null;
  if (!r) return { passed: 0, failed: 1, skipped: 0 };
  const failed = r.stats.unexpected + (code !== 0 && r.stats.unexpected === 0 ? 1 : 0);
  return { passed: r.stats.expected + r.stats.flaky, failed, skipped: r.stats.skipped };
}

function require_(spec: string): string {
  const [pkg, ...rest] = spec.startsWith("@") ? [spec.split("/").slice(0, 2).join("/"), ...spec.split("/").slice(2)] : spec.split("/");
  return path.join(ROOT, "node_modules", pkg, ...rest);
}

async function main() {
  fs.mkdirSync(ART, { recursive: true });
  let db: EmbeddedDb | null = null;
  let url = config().DATABASE_URL;
  if (!url) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-test-"));
    db = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg") });
    url = db.url;
  }
  await migrate(url);
  if (!toolEnv().BATON_SKIP_BUILD || !hasBuild()) await buildApp();
  const env = { DATABASE_URL: url };
  const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
  const add = (t: Totals) => {
    totals.passed += t.passed;
    totals.failed += t.failed;
    totals.skipped += t.skipped;
  };
  try {
    add(await vitest("unit", env));
    add(await vitest("api", env));
    add(await playwright(env));
  } finally {
    await db?.stop().catch(() => {});
    if (db) fs.rmSync(path.dirname(db.dataDir), { recursive: true, force: true });
  }
  console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
  process.exit(totals.failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
