// requireViewer (lib/dashboard/session.ts) once per request: the dashboard layout and its page both
// ask for the viewer, and React's cache() makes that one session lookup, not two. Counted on a
// private PostgreSQL (nothing else reads its sessions table) from pg_stat_user_tables; plus the
// rejections it must keep: no cookie, an unknown token and an expired session go to /login.
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashKey } from "../../lib/auth/keys";
import { SESSION_COOKIE } from "../../lib/auth/sessions";
import type { EmbeddedDb } from "../../lib/db/embedded";
import type { Child } from "../../lib/runtime/processes";
import { startExtraWeb, startPrivateDb } from "../helpers/stack";
import { until } from "../helpers/until";

let db: EmbeddedDb | undefined;
let web: { url: string; web: Child } | undefined;
let client: pg.Client;
const token = { live: crypto.randomBytes(32).toString("base64url"), expired: crypto.randomBytes(32).toString("base64url") };

beforeAll(async () => {
  const priv = await startPrivateDb();
  db = priv.db;
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(`INSERT INTO users (id, email, name, password_hash) VALUES ('usr_v', 'v@baton.test', 'V', 'x')`);
  await client.query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, 'usr_v', 'admin')`, [priv.projectId]);
  await client.query(
    `INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, 'usr_v', now() + interval '1 day'), ($2, 'usr_v', now() - interval '1 second')`,
    [hashKey(token.live), hashKey(token.expired)],
  );
  web = await startExtraWeb(db.url, {}, "viewer-web");
}, 120_000);

afterAll(async () => {
  await client?.end();
  await web?.web.stop();
  await db?.stop();
});

const get = (path: string, t?: string) =>
  fetch(`${web!.url}${path}`, { redirect: "manual", headers: t ? { cookie: `${SESSION_COOKIE}=${t}` } : {} });

/** Scans of the sessions table so far, as PostgreSQL's statistics have them. */
async function sessionScans(): Promise<number> {
  const { rows } = await client.query(`SELECT seq_scan + coalesce(idx_scan, 0) AS n FROM pg_stat_user_tables WHERE relname = 'sessions'`);
  return Number(rows[0].n);
}

describe("requireViewer once per request", () => {
  it("a dashboard page (layout + page) looks the session up once", async () => {
    const before = await sessionScans();
    const pages = ["/", "/conversations", "/", "/agents", "/conversations"];
    for (const p of pages) expect((await get(p, token.live)).status, p).toBe(200);
    const last = Date.now();
    // A backend reports its counts when idle, within PGSTAT_IDLE_INTERVAL (10 s) of its last
    // statement: wait until they have arrived, then until no more can be pending.
    await until("the web backends' session scans to be reported", async () => (await sessionScans()) - before >= pages.length, 30_000, 250);
    await new Promise((r) => setTimeout(r, Math.max(0, last + 12_000 - Date.now())));
    // twice per page without the cache (the layout's lookup and the page's)
    expect((await sessionScans()) - before).toBe(pages.length);
  }, 60_000);

  it("still sends no cookie, an unknown token and an expired session to /login", async () => {
    for (const [label, t] of [["anonymous", undefined], ["unknown", `${token.live}x`], ["expired", token.expired]] as const) {
      for (const p of ["/", "/conversations"]) {
        const res = await get(p, t);
        expect(res.status, `${label} ${p}`).toBe(307);
        expect(new URL(res.headers.get("location")!, web!.url).pathname, `${label} ${p}`).toBe("/login");
      }
    }
    // near miss: the live session still gets the page
    expect((await get("/", token.live)).status).toBe(200);
  });
});
