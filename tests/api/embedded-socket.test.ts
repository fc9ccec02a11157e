// The embedded PostgreSQL's Unix socket (issue 17 §4): the URL startEmbeddedPostgres returns reaches
// the server through a socket in its data folder (no TCP stack per query), TCP on loopback still
// answers, a stopped server's socket fails as "database unavailable", and a folder too deep for a
// socket path gets TCP only.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { socketFile, socketPathFits, startEmbeddedPostgres, type EmbeddedDb } from "../../lib/db/embedded";
import { isDatabaseUnavailable } from "../../lib/errors";

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!().catch(() => {});
});

function tempDataDir(depth = ""): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-sock-"));
  cleanup.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  fs.chmodSync(dir, 0o755); // as root, initdb runs as the postgres user, who must reach a deeper folder
  return path.join(dir, depth, "pg");
}

async function start(dataDir: string, port?: number): Promise<EmbeddedDb> {
  const db = await startEmbeddedPostgres({ dataDir, port });
  cleanup.push(() => db.stop());
  return db;
}

/** The client's address as the server sees it: null on a Unix socket. */
async function clientAddr(connectionString: string): Promise<string | null> {
  const c = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
  c.on("error", () => {});
  try {
    await c.connect();
    return (await c.query<{ a: string | null }>("SELECT inet_client_addr()::text AS a")).rows[0].a;
  } finally {
    await c.end().catch(() => {});
  }
}

const tcpOnly = (url: string) => url.replace(/\?.*$/, "");

describe("embedded PostgreSQL socket", () => {
  it("the URL goes through the data folder's socket, TCP still answers, and a stopped server is unavailable until it restarts", async () => {
    const dataDir = tempDataDir();
    let db = await start(dataDir);
    expect(new URL(db.url).searchParams.get("host")).toBe(db.dataDir);
    expect(fs.existsSync(socketFile(db.dataDir, db.port))).toBe(true);
    expect(await clientAddr(db.url)).toBeNull();
    expect(await clientAddr(tcpOnly(db.url))).toMatch(/^127\.0\.0\.1/);

    await db.stop();
    const err = await clientAddr(db.url).then(() => null, (e: unknown) => e);
    expect(err).not.toBeNull();
    expect(isDatabaseUnavailable(err)).toBe(true);

    const url = db.url;
    db = await start(dataDir, db.port);
    expect(db.url).toBe(url);
    expect(await clientAddr(db.url)).toBeNull();
  });

  it("near miss: a folder too deep for a socket path still starts, on TCP only", async () => {
    const deep = tempDataDir("d".repeat(100));
    const db = await start(deep);
    expect(socketPathFits(db.dataDir, db.port)).toBe(false);
    expect(db.url).not.toContain("?");
    expect(await clientAddr(db.url)).toMatch(/^127\.0\.0\.1/);
  });
});
