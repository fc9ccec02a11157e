// The app under test: a real PostgreSQL (DATABASE_URL from `npm test`, or an embedded one started
// here), migrations, and the built web + worker on a free port. Shared by the vitest "api"
// project and Playwright's global setup.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres, type EmbeddedDb } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { buildApp, hasBuild, ROOT, startWeb, startWorker, waitForHttp } from "../../lib/runtime/processes";

/** The PII redaction key of the test stack (tests compute expected hash tokens with it). */
export const TEST_REDACTION_KEY = "test-redaction-key-0123456789";

export interface TestStack {
  baseUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

export async function startTestStack(name: string, extraEnv: Record<string, string> = {}): Promise<TestStack> {
  let db: EmbeddedDb | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `baton-${name}-`));
    db = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg") });
    url = db.url;
  }
  await migrate(url);
  if (!hasBuild()) await buildApp();
  const port = await freePort();
  const logDir = path.join(ROOT, "tests/.artifacts");
  fs.mkdirSync(logDir, { recursive: true });
  const log = fs.openSync(path.join(logDir, `${name}-stack.log`), "w");
  const env = { DATABASE_URL: url, BATON_WEBHOOK_ALLOW_PRIVATE: "1", BATON_SCORE_DEBOUNCE_MS: "100", BATON_ALERT_TICK_MS: "1000", BATON_WEBHOOK_RETRY_BASE_MS: "200", BATON_REDACTION_KEY: TEST_REDACTION_KEY, ...extraEnv };
  const web = startWeb({ port, env, stdio: ["ignore", log, log], host: "127.0.0.1" });
  const worker = startWorker({ env, stdio: ["ignore", log, log] });
  const baseUrl = `http://127.0.0.1:${port}`;
  // Next's first start on the shared 2-core box: ~15 s at load 16, and more than the default 60 s
  // at load 23 with three stacks starting at once (an API and an e2e run failed in global setup).
  // It still fails at once if the web process dies.
  await waitForHttp(`${baseUrl}/api/health`, web, 180_000);
  return {
    baseUrl,
    databaseUrl: url,
    async stop() {
      await Promise.all([web.stop(), worker?.stop()]);
      await db?.stop();
      if (db) fs.rmSync(path.dirname(db.dataDir), { recursive: true, force: true });
    },
  };
}
