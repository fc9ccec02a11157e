// Starts an extra web process (and optionally a private database) inside a test, for fault tests
// that kill or starve them without disturbing the shared app.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { hashKey, generateSecret } from "../../lib/auth/keys";
import { freePort, startEmbeddedPostgres, type EmbeddedDb } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { ROOT, startWeb, startWorker, waitForHttp, type Child } from "../../lib/runtime/processes";

/** stdio for an extra process: ignored, or appended to tests/.artifacts/<logName>.log when named (to read after a failure). */
function output(logName?: string): import("node:child_process").StdioOptions {
  if (!logName) return "ignore";
  const dir = path.join(ROOT, "tests/.artifacts");
  fs.mkdirSync(dir, { recursive: true });
  const fd = fs.openSync(path.join(dir, `${logName}.log`), "a");
  return ["ignore", fd, fd];
}

export async function startExtraWeb(databaseUrl: string, env: Record<string, string> = {}, logName?: string, processes = 1): Promise<{ url: string; web: Child }> {
  const port = await freePort();
  const web = startWeb({ port, env: { DATABASE_URL: databaseUrl, ...env }, stdio: output(logName), host: "127.0.0.1", processes });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/health`, web);
  return { url, web };
}

export async function startExtraWorker(databaseUrl: string, env: Record<string, string> = {}, logName?: string): Promise<Child> {
  const w = startWorker({ env: { DATABASE_URL: databaseUrl, ...env }, stdio: output(logName) });
  if (!w) throw new Error("no worker entry point");
  return w;
}

/** A private PostgreSQL with the schema applied, a project and a key. */
export async function startPrivateDb(port?: number, dataDir?: string): Promise<{ db: EmbeddedDb; key: string; projectId: string }> {
  const dir = dataDir ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "baton-fault-")), "pg");
  const db = await startEmbeddedPostgres({ dataDir: dir, port });
  await migrate(db.url);
  const key = generateSecret();
  const projectId = "fault";
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  await c.query(`INSERT INTO projects (id, name) VALUES ($1, $1) ON CONFLICT DO NOTHING`, [projectId]);
  await c.query(`INSERT INTO api_keys (project_id, id, name, prefix, hash) VALUES ($1, $2, 'k', 'bt_', $3)`, [
    projectId,
    `key_${Date.now()}`,
    hashKey(key),
  ]);
  await c.end();
  return { db, key, projectId };
}

export async function countRows(url: string, sql: string, params: unknown[] = []): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(sql, params);
    return Number(Object.values(rows[0])[0]);
  } finally {
    await c.end();
  }
}
