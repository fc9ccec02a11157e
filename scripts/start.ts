// `npm start`: database (embedded unless DATABASE_URL), migrations, build if needed, first-start
// bootstrap, then web + worker, each supervised: a crashed one is restarted with backoff (one line
// says why) rather than taking the product down. Ctrl-C stops all of them, once, quietly. Every
// failure is one clear sentence.
import fs from "node:fs";
import pg from "pg";
import { EmbeddedDbError, startEmbeddedPostgres, type EmbeddedDb } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { env as config } from "../lib/env";
import { closePool, markShuttingDown } from "../lib/db/pool";
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

const port = Number(process.env.PORT ?? 3000);
const dbFolder = dataDir();
let db: EmbeddedDb | null = null;
const children: Supervisor[] = [];
let stopping = false;

function fail(message: string): never {
  console.error(`baton: ${message}`);
  process.exit(1);
}

async function databaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 5000 });
    client.on("error", () => {}); // a failure here is the connect() rejection below
    try {
      await client.connect();
      await client.end();
    } catch (err) {
      const u = new URL(process.env.DATABASE_URL);
      fail(`cannot reach the database at ${u.hostname}:${u.port || 5432} (DATABASE_URL): ${(err as Error).message}`);
    }
    return process.env.DATABASE_URL;
  }
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
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number (got "${process.env.PORT}")`);
  if (await portInUse(port)) fail(`port ${port} is already in use; stop what uses it or set PORT to another port`);
  const url = await databaseUrl();
  process.env.DATABASE_URL = url;
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  installLastResort("baton", () => stopping);

  await migrate(url, (m) => console.log(`baton: ${m}`));
  const boot = await bootstrap({
    ingestKey: process.env.BATON_INGEST_KEY,
    adminEmail: process.env.BATON_ADMIN_EMAIL,
    adminPassword: process.env.BATON_ADMIN_PASSWORD,
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
  else if (process.env.BATON_INGEST_KEY) console.log(`Ingest key: the value of BATON_INGEST_KEY`);
  else console.log(`Ingest keys: create or revoke them at ${base}/settings (secrets are shown only once)`);
  if (boot.newAdmin) console.log(`Admin login (shown once): ${boot.newAdmin.email} / ${boot.newAdmin.password}`);
  console.log("Press Ctrl-C to stop.\n");
  await maybeLoadDemo({ baseUrl: base, projectId: boot.projectId });
}

main().catch((err) => {
  console.error(`baton: ${(err as Error)?.message ?? err}`);
  void shutdown(1);
});
