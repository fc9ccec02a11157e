// Dashboard phase of `npm run bench`: seeds a large project (seed:large, 1 M conversations /
// 10 M events unless BENCH_DASHBOARD_CONVERSATIONS says otherwise; reused when already present)
// and measures server time — time to the full response on loopback — p95 for the overview, the
// filtered conversation list and a conversation drill-down, with a logged-in session; also the edge
// page (/edges/triage/billing) and the release comparison of the two newest seeded releases.
import crypto from "node:crypto";
import { spawn } from "node:child_process";
import { createSession, SESSION_COOKIE, PROJECT_COOKIE } from "../lib/auth/sessions";
import { hashPassword } from "../lib/auth/passwords";
import { pool } from "../lib/db/pool";
import { toolEnv } from "../lib/env";
import { ROOT, tsxBin } from "../lib/runtime/processes";
import { percentile } from "./bench-ingest";

const PROJECT = "bench_large";

async function ensureSeeded(databaseUrl: string, conversations: number): Promise<void> {
  const { rows } = await pool().query(`SELECT count(*)::int AS n FROM conversations WHERE project_id = $1`, [PROJECT]);
  // seed:large writes events last: an interrupted seed has every conversation but not the last event
  const last = await pool().query(`SELECT 1 FROM events WHERE project_id = $1 AND id = $2`, [PROJECT, `e${conversations - 1}-9`]);
  if (rows[0].n >= conversations && last.rowCount === 1) return;
  await new Promise<void>((resolve, reject) => {
    const p = spawn(process.execPath, [tsxBin(), "scripts/seed-large.ts", "--project", PROJECT, "--conversations", String(conversations)], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seed:large exited ${code}`))));
  });
}

async function sessionCookie(): Promise<string> {
  const id = `usr_bench_${crypto.randomBytes(4).toString("hex")}`;
  await pool().query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, 'Bench', $3)`, [
    id,
    `${id}@bench.local`,
    await hashPassword(crypto.randomBytes(12).toString("hex")),
  ]);
  await pool().query(`INSERT INTO project_members (project_id, user_id) VALUES ($1, $2)`, [PROJECT, id]);
  const { token } = await createSession(id);
  return `${SESSION_COOKIE}=${token}; ${PROJECT_COOKIE}=${PROJECT}`;
}

async function timePage(url: string, cookie: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const t = performance.now();
    const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    if (i >= 3) times.push(performance.now() - t); // the first runs warm caches and JIT
  }
  return percentile(times, 95);
}

export async function benchDashboard(ctx: { baseUrl: string; databaseUrl: string }) {
  const { BENCH_DASHBOARD_CONVERSATIONS: n, BENCH_DASHBOARD_RUNS: runs } = toolEnv();
  await ensureSeeded(ctx.databaseUrl, n);
  const cookie = await sessionCookie();
  const mid = `conv-${String(Math.floor(n / 2)).padStart(7, "0")}`;
  const { rows } = await pool().query(`SELECT count(*)::int AS n FROM events WHERE project_id = $1`, [PROJECT]);
  return {
    overviewP95Ms: Math.round(await timePage(`${ctx.baseUrl}/?range=7d`, cookie, runs)),
    conversationsP95Ms: Math.round(await timePage(`${ctx.baseUrl}/conversations?flag=dropout&range=7d`, cookie, runs)),
    conversationP95Ms: Math.round(await timePage(`${ctx.baseUrl}/conversations/${mid}`, cookie, runs)),
    edgeP95Ms: Math.round(await timePage(`${ctx.baseUrl}/edges/triage/billing?range=7d`, cookie, runs)),
    releaseCompareP95Ms: Math.round(await timePage(`${ctx.baseUrl}/releases?a=v2.3.0&b=v2.4.0`, cookie, runs)),
    conversations: n,
    events: rows[0].n,
  };
}
