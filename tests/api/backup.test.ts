// npm run backup / npm run restore (issue 17 item 6), run as the real scripts: a private embedded
// PostgreSQL gets ingested, scored and erased data through its own web + worker; the backup is
// taken from the running server (found through its data dir, as after `npm start`), restored into
// a fresh data dir, and every table's row count and content compared. A second restore into the
// now non-empty dir is refused; with --force it replaces the data.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { ROOT } from "../../lib/runtime/processes";
import { postEvents } from "../helpers/api";
import { cleanConversation, dropoutConversation } from "../helpers/conversations";
import { startExtraWeb, startExtraWorker, startPrivateDb } from "../helpers/stack";

function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.DATABASE_URL; // the scripts must find the embedded database through BATON_DATA_DIR / --data-dir
  const proc = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout.on("data", (d) => (out += d));
  proc.stderr.on("data", (d) => (out += d));
  return new Promise((resolve) => proc.on("exit", (code) => resolve({ code, out })));
}

/** Per table of the public schema: row count and an md5 of all rows (order-independent). */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows: tables } = await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const out: Record<string, string> = {};
    for (const { tablename } of tables) {
      // the migration ledger is rebuilt by the restore (same names, new applied_at)
      const rowText = tablename === "baton_migrations" ? "name" : "row_to_json(t)::text";
      const { rows } = await c.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(x, E'\\n' ORDER BY x), '')) AS h FROM (SELECT ${rowText} AS x FROM "${tablename}" t) s`,
      );
      out[tablename] = `${rows[0].n} ${rows[0].h}`;
    }
    return out;
  } finally {
    await c.end();
  }
}

async function waitFor(url: string, sql: string, want: number) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const n = Number((await c.query(sql)).rows[0].n);
    await c.end();
    if (n >= want) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${sql} to reach ${want} (at ${n})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("npm run backup / npm run restore", () => {
  it("round-trips every table into a fresh data dir, and refuses a non-empty one without --force", async () => {
    const { db, key } = await startPrivateDb();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "baton-backup-"));
    fs.chmodSync(tmp, 0o755); // as root, PostgreSQL runs as "postgres" and must reach the restored data dir
    const { url, web } = await startExtraWeb(db.url);
    const worker = await startExtraWorker(db.url, { BATON_SCORE_DEBOUNCE_MS: "50" });
    try {
      const events = [...dropoutConversation("bk-1"), ...cleanConversation("bk-2"), ...dropoutConversation("bk-3")];
      expect((await postEvents(key, { events }, { base: url })).status).toBe(200);
      await waitFor(db.url, `SELECT count(*) AS n FROM conversations WHERE scored_at IS NOT NULL`, 3);
      const del = await fetch(`${url}/api/v1/conversations/bk-3`, { method: "DELETE", headers: { authorization: `Bearer ${key}` } });
      expect(del.status).toBe(200);
      await worker.stop();
      // the web writes an API key's counters (last_used_at) on a timer up to a few seconds after a request
      // (lib/ingest/rate-limit.ts): stopped before the fingerprint, so the source cannot change under the backup
      await web.stop();

      const source = await fingerprint(db.url);
      expect(source.events.split(" ")[0]).toBe("8");
      expect(source.metric_rollups.split(" ")[0]).not.toBe("0");
      expect(source.erasure_requests.split(" ")[0]).toBe("1");

      const backup = await run("scripts/backup.ts", ["--out", tmp], { BATON_DATA_DIR: db.dataDir });
      expect(backup.code, backup.out).toBe(0);
      const file = fs.readdirSync(tmp).find((f) => /^baton-backup-.*\.dump$/.test(f));
      expect(file).toBeDefined();
      const dump = path.join(tmp, file!);

      const fresh = path.join(tmp, "restored", "pg");
      const restore = await run("scripts/restore.ts", [dump, "--data-dir", fresh], {});
      expect(restore.code, restore.out).toBe(0);
      expect(restore.out).toMatch(/restored [\d,]+ rows/);

      // non-empty now: refused, then replaced with --force
      const again = await run("scripts/restore.ts", [dump, "--data-dir", fresh], {});
      expect(again.code).toBe(1);
      expect(again.out).toMatch(/not empty .*--force/);
      const forced = await run("scripts/restore.ts", [dump, "--data-dir", fresh, "--force"], {});
      expect(forced.code, forced.out).toBe(0);

      const restored = await startEmbeddedPostgres({ dataDir: fresh });
      try {
        expect(await fingerprint(restored.url)).toEqual(source);
      } finally {
        await restored.stop();
      }
    } finally {
      await worker.stop();
      await web.stop();
      await db.stop();
      fs.rmSync(path.dirname(db.dataDir), { recursive: true, force: true });
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 300_000); // four PostgreSQL starts, a web server and a worker on a shared 2-core machine
});
