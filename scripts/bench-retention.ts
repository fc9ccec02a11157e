// `npx tsx scripts/bench-retention.ts [--events 10000000] [--days 60]`: the measurement behind the
// retention design (issue 17 item 1). Loads the same synthetic events (10 per conversation, spread
// evenly over --days) into two tables on a throwaway embedded PostgreSQL and removes the older half
// both ways:
// - plain: today's `events` table (unique (project_id, id)), batched deletes of 1,000
//   conversations per transaction, selected through the conversations index, as lib/retention does;
// - partitioned: the same table partitioned by day on ts (its unique key must then include ts),
//   old partitions dropped whole.
// Prints one line per figure (load rate, removal time, longest lock, size before/after, vacuum,
// idempotent 500-event insert latency, plans) and writes bench/retention.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { arg } from "./args";

const N = Number(arg("events") || "10000000");
const DAYS = Number(arg("days") || "60");
const KEEP_DAYS = DAYS / 2;
const BATCH_CONVERSATIONS = 1000;
const LOAD_CHUNK = 1_000_000;

const COLUMNS = `project_id text NOT NULL, id text NOT NULL, conversation_id text NOT NULL, ts timestamptz(3) NOT NULL,
  type text NOT NULL, agent text, turn int, data jsonb NOT NULL DEFAULT '{}', metadata jsonb,
  received_at timestamptz(3) NOT NULL DEFAULT now(), seq bigserial`;

// event i belongs to conversation i/10; conversations are spread evenly over DAYS before now
const ROWS_SQL = (table: string) => `
INSERT INTO ${table} (project_id, id, conversation_id, ts, type, agent, data)
SELECT 'p', 'e' || i, 'c' || (i / 10), $3::timestamptz - make_interval(secs => (i / 10) * $4::double precision) + make_interval(secs => i % 10),
       'message', 'triage', jsonb_build_object('role', 'agent', 'content', 'Let me look up order ' || (100000 + i % 900000) || ' for you, it should arrive soon.')
  FROM generate_series($1::bigint, $2::bigint - 1) AS i`;

const figures: Record<string, unknown> = { events: N, days: DAYS };
const line = (k: string, v: unknown) => {
  figures[k] = v;
  console.log(`${k}: ${typeof v === "number" ? Math.round(v * 100) / 100 : v}`);
};
const since = (t: number) => performance.now() - t;

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await f();
  return [r, since(t)];
}

async function size(c: pg.Client, table: string): Promise<number> {
  const { rows } = await c.query(
    `SELECT coalesce(sum(pg_total_relation_size(relid)), pg_total_relation_size($1::regclass))::float8 / 1048576 AS mb
       FROM pg_partition_tree($1::regclass) WHERE isleaf`,
    [table],
  );
  return rows[0].mb;
}

async function load(c: pg.Client, table: string, now: Date): Promise<void> {
  const secsPerConversation = (DAYS * 86400) / (N / 10);
  const [, ms] = await timed(async () => {
    for (let i = 0; i < N; i += LOAD_CHUNK) {
      await c.query(ROWS_SQL(table), [i, Math.min(N, i + LOAD_CHUNK), now.toISOString(), secsPerConversation]);
      process.stderr.write(`  ${table}: ${Math.min(N, i + LOAD_CHUNK)} / ${N}\n`);
    }
  });
  line(`${table}.loadEventsPerSec`, (N / ms) * 1000);
}

/** 20 batches of 500 new + resent events through INSERT … ON CONFLICT, p50 / max ms per batch. */
async function insertLatency(c: pg.Client, table: string, conflict: string, now: Date): Promise<void> {
  const times: number[] = [];
  for (let b = 0; b < 20; b++) {
    const ids = Array.from({ length: 500 }, (_, k) => (k % 2 ? `new-${table}-${b}-${k}` : `e${N - 1 - b * 500 - k}`));
    const ts = ids.map((id) => (id.startsWith("new") ? now.toISOString() : null));
    const t = performance.now();
    await c.query(
      `INSERT INTO ${table} (project_id, id, conversation_id, ts, type, data)
       SELECT 'p', x.id, 'c-new', coalesce(x.ts, (SELECT ts FROM ${table} WHERE project_id = 'p' AND id = x.id LIMIT 1), now()), 'message', '{}'
         FROM unnest($1::text[], $2::timestamptz[]) AS x(id, ts)
       ON CONFLICT ${conflict} DO NOTHING`,
      [ids, ts],
    );
    times.push(since(t));
  }
  times.sort((a, b) => a - b);
  line(`${table}.insert500P50Ms`, times[10]);
  line(`${table}.insert500MaxMs`, times[19]);
}

async function plan(c: pg.Client, key: string, sql: string): Promise<void> {
  const { rows } = await c.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${sql}`);
  const text = rows.map((r) => r["QUERY PLAN"] as string);
  figures[key] = text;
  console.log(`${key}:\n    ${text.slice(0, 12).join("\n    ")}${text.length > 12 ? `\n    … ${text.length - 12} more lines` : ""}`);
}

async function plain(c: pg.Client, now: Date, cutoff: Date): Promise<void> {
  await c.query(`CREATE TABLE ev_plain (${COLUMNS}, PRIMARY KEY (project_id, id))`);
  await c.query(`CREATE INDEX ON ev_plain (project_id, conversation_id, ts, seq)`);
  await load(c, "ev_plain", now);
  // the conversations table the job walks (last_at index as in prisma/schema.prisma)
  await c.query(`CREATE TABLE conv (project_id text, id text, last_at timestamptz(3), PRIMARY KEY (project_id, id))`);
  await c.query(`CREATE INDEX ON conv (project_id, last_at DESC, id DESC)`);
  await c.query(`INSERT INTO conv SELECT project_id, conversation_id, max(ts) FROM ev_plain GROUP BY 1, 2`);
  await c.query(`VACUUM ANALYZE ev_plain`);
  await c.query(`VACUUM ANALYZE conv`);
  line("ev_plain.sizeBeforeMb", await size(c, "ev_plain"));
  await insertLatency(c, "ev_plain", "(project_id, id)", now);

  const select = `SELECT id FROM conv WHERE project_id = 'p' AND last_at < $1 ORDER BY last_at, id LIMIT ${BATCH_CONVERSATIONS}`;
  await plan(c, "ev_plain.planSelectBatch", select.replace("$1", `'${cutoff.toISOString()}'`));
  const batches: number[] = [];
  let removed = 0;
  const [, total] = await timed(async () => {
    for (;;) {
      const t = performance.now();
      await c.query("BEGIN");
      const { rows } = await c.query<{ id: string }>(select, [cutoff]);
      if (!rows.length) {
        await c.query("COMMIT");
        break;
      }
      const ids = rows.map((r) => r.id);
      const res = await c.query(`DELETE FROM ev_plain WHERE project_id = 'p' AND conversation_id = ANY($1::text[]) AND ts < $2`, [ids, cutoff]);
      await c.query(`DELETE FROM conv WHERE project_id = 'p' AND id = ANY($1::text[])`, [ids]);
      await c.query("COMMIT");
      removed += res.rowCount ?? 0;
      batches.push(since(t));
    }
  });
  batches.sort((a, b) => a - b);
  line("ev_plain.removedEvents", removed);
  line("ev_plain.removeSeconds", total / 1000);
  line("ev_plain.removeEventsPerSec", (removed / total) * 1000);
  line("ev_plain.batchP50Ms", batches[Math.floor(batches.length / 2)] ?? 0);
  line("ev_plain.batchMaxMs (longest row-lock hold)", batches.at(-1) ?? 0);
  line("ev_plain.sizeAfterDeleteMb", await size(c, "ev_plain"));
  const [, vac] = await timed(() => c.query(`VACUUM ev_plain`));
  line("ev_plain.vacuumSeconds", vac / 1000);
  line("ev_plain.sizeAfterVacuumMb (space reused by new rows, not returned to the OS)", await size(c, "ev_plain"));
  await insertLatency(c, "ev_plain", "(project_id, id)", now);
  const c1 = "c5"; // a recent conversation (kept)
  await plan(c, "ev_plain.planConversationRead", `SELECT * FROM ev_plain WHERE project_id = 'p' AND conversation_id = '${c1}' ORDER BY ts, seq`);
  await c.query(`DROP TABLE ev_plain, conv`);
}

async function partitioned(c: pg.Client, now: Date, cutoff: Date): Promise<void> {
  // a unique constraint on a partitioned table must contain the partition key
  await c.query(`CREATE TABLE ev_part (${COLUMNS}, PRIMARY KEY (project_id, id, ts)) PARTITION BY RANGE (ts)`);
  await c.query(`CREATE INDEX ON ev_part (project_id, conversation_id, ts, seq)`);
  const day0 = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  for (let d = -DAYS - 1; d <= 1; d++) {
    const from = new Date(day0.getTime() + d * 86400_000);
    const to = new Date(from.getTime() + 86400_000);
    await c.query(`CREATE TABLE ev_part_${d + DAYS + 1} PARTITION OF ev_part FOR VALUES FROM ('${from.toISOString()}') TO ('${to.toISOString()}')`);
  }
  await load(c, "ev_part", now);
  await c.query(`VACUUM ANALYZE ev_part`);
  line("ev_part.sizeBeforeMb", await size(c, "ev_part"));
  await insertLatency(c, "ev_part", "(project_id, id, ts)", now);
  // whole days entirely before the cutoff
  const { rows } = await c.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = 'ev_part'::regclass
        AND (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \\(''([^'']+)''\\)'))[1]::timestamptz <= $1`,
    [cutoff],
  );
  const drops: number[] = [];
  let removed = 0;
  const [, total] = await timed(async () => {
    for (const { name } of rows) {
      const n = (await c.query(`SELECT count(*)::int AS n FROM ${name}`)).rows[0].n;
      const t = performance.now();
      await c.query(`DROP TABLE ${name}`);
      drops.push(since(t));
      removed += n;
    }
  });
  drops.sort((a, b) => a - b);
  line("ev_part.droppedPartitions", rows.length);
  line("ev_part.removedEvents", removed);
  line("ev_part.removeSeconds (incl. counting)", total / 1000);
  line("ev_part.dropMaxMs (ACCESS EXCLUSIVE on the parent)", drops.at(-1) ?? 0);
  line("ev_part.sizeAfterMb", await size(c, "ev_part"));
  await insertLatency(c, "ev_part", "(project_id, id, ts)", now);
  const c1 = "c5"; // a recent conversation (kept)
  await plan(c, "ev_part.planConversationRead", `SELECT * FROM ev_part WHERE project_id = 'p' AND conversation_id = '${c1}' ORDER BY ts, seq`);
  // the same event id resent with another timestamp is a second row: (project_id, id) is no longer unique
  await c.query(`INSERT INTO ev_part (project_id, id, conversation_id, ts, type) VALUES ('p', 'dup', 'c', now(), 'message'), ('p', 'dup', 'c', now() - interval '1 day', 'message') ON CONFLICT DO NOTHING`);
  line("ev_part.rowsForOneIdSentTwiceWithTwoTimestamps", (await c.query(`SELECT count(*)::int AS n FROM ev_part WHERE id = 'dup'`)).rows[0].n);
  await c.query(`DROP TABLE ev_part`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-bench-retention-"));
const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), settings: { max_wal_size: "4GB", checkpoint_timeout: "30min" } });
const c = new pg.Client({ connectionString: db.url });
await c.connect();
try {
  const now = new Date();
  const cutoff = new Date(now.getTime() - KEEP_DAYS * 86400_000);
  console.log(`retention bench: ${N} events over ${DAYS} days, removing the ${DAYS - KEEP_DAYS} oldest days; ${os.cpus().length} cores`);
  const which = arg("only");
  if (which !== "partitioned") await plain(c, now, cutoff);
  if (which !== "plain") await partitioned(c, now, cutoff);
  fs.mkdirSync("bench", { recursive: true });
  fs.writeFileSync(path.join("bench", "retention.json"), JSON.stringify(figures, null, 2) + "\n");
} finally {
  await c.end();
  await db.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
