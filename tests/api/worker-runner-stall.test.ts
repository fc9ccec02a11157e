// The worker keeps scoring after two of graphile-worker's batched job completions have failed
// (lib/worker/runner-watch.ts): graphile-worker 0.17.3's batch counter goes below zero, its pool's
// shutdown never finishes and, without the watch, the worker stays up scoring nothing (the
// outage.test.ts flake under load). The faults are real PostgreSQL ones on a private server: a
// trigger refuses to delete the jobs of two "poison" conversations (a completion is that DELETE),
// another refuses a third conversation's scoring, and advisory locks held here order the batches:
// both completions are refused while the pool's shutdown still waits for the third job, which then
// fails — the order an outage produced with scoring batches in flight.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { msg, postEvents } from "../helpers/api";
import type { EmbeddedDb } from "../../lib/db/embedded";
import type { Child } from "../../lib/runtime/processes";
import { countRows, startExtraWeb, startExtraWorker, startPrivateDb } from "../helpers/stack";
import { until } from "../helpers/until";

let db: EmbeddedDb;
let key: string;
let projectId: string;
let url: string;
let web: Child;
let worker: Child;
let admin: pg.Client;

beforeAll(async () => {
  ({ db, key, projectId } = await startPrivateDb());
  const env = { BATON_SCORE_DEBOUNCE_MS: "0", BATON_WORKER_HEARTBEAT_MS: "1000" };
  ({ url, web } = await startExtraWeb(db.url, env, "runner-stall-web"));
  worker = await startExtraWorker(db.url, env, "runner-stall-worker");
  await until("the worker's first heartbeat", async () => (await countRows(db.url, `SELECT count(*) FROM baton_runtime.worker_heartbeats`)) > 0, 60_000);
  admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
});

afterAll(async () => {
  await admin?.end().catch(() => {});
  await Promise.all([web?.stop(), worker?.stop()]);
  await db?.stop().catch(() => {});
  if (db) fs.rmSync(path.dirname(db.dataDir), { recursive: true, force: true });
});

const scored = (id: string) =>
  countRows(db.url, `SELECT count(*) FROM conversations WHERE project_id = $1 AND id = $2 AND scores IS NOT NULL`, [projectId, id]);
const jobLocked = (id: string) =>
  countRows(db.url, `SELECT count(*) FROM graphile_worker.jobs WHERE key = $1 AND locked_at IS NOT NULL`, [`score:${projectId}:${id}`]);
/** Completions refused so far (a sequence, so the count survives the refused transaction). */
const refusals = async () => Number((await admin.query(`SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS n FROM poison_refusals`)).rows[0].n);

const lockWaiters = () => countRows(db.url, `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);

/** Holds the advisory lock the scoring batch takes for this conversation (persist.ts), until the client ends. */
async function lockConversation(conversationId: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  await c.query(`SELECT pg_advisory_lock(hashtext($1), hashtext($2))`, [projectId, conversationId]);
  return c;
}

async function post(conversationId: string) {
  const res = await postEvents(key, { events: [msg(conversationId)] }, { base: url });
  expect(res.status).toBe(200);
}

describe("worker after two failed job completions", () => {
  it("abandons the runner whose shutdown never finishes and scores new conversations with a new one", async () => {
    await admin.query(`CREATE SEQUENCE poison_refusals`);
    await admin.query(`CREATE FUNCTION refuse_poison_completion() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.key LIKE 'score:%:poison-%' THEN
          PERFORM nextval('poison_refusals');
          RAISE EXCEPTION 'completion of % refused by the test', OLD.key;
        END IF;
        RETURN OLD;
      END $$`);
    await admin.query(`CREATE TRIGGER refuse_poison_completion BEFORE DELETE ON graphile_worker._private_jobs
      FOR EACH ROW EXECUTE FUNCTION refuse_poison_completion()`);

    // fail-c's scoring fails at its write: its job goes to graphile's other batcher (failures)
    await admin.query(`CREATE FUNCTION refuse_fail_c() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.id = 'fail-c' THEN RAISE EXCEPTION 'scoring of fail-c refused by the test'; END IF;
        RETURN NEW;
      END $$`);
    await admin.query(`CREATE TRIGGER refuse_fail_c BEFORE INSERT ON conversations FOR EACH ROW EXECUTE FUNCTION refuse_fail_c()`);

    // The worker scores two batches at a time (score-conversation.ts). Locks taken here keep both
    // slots busy (fail-c, poison-a), so poison-b waits inside the worker as a running job; its own
    // lock keeps it from completing before poison-a's completion has been refused.
    const holdC = await lockConversation("fail-c");
    const holdA = await lockConversation("poison-a");
    const holdB = await lockConversation("poison-b");
    try {
      await post("fail-c");
      await until("fail-c's batch waiting on its lock", async () => (await lockWaiters()) >= 1, 20_000);
      await post("poison-a");
      await until("poison-a's batch waiting on its lock", async () => (await lockWaiters()) >= 2, 20_000);
      await post("poison-b");
      await until("poison-b taken by the worker", async () => (await jobLocked("poison-b")) === 1, 20_000);
      // poison-a scores; its completion is refused: the pool starts shutting down and waits for its
      // running jobs. poison-b takes the free slot (and waits on its lock)
      await holdA.end();
      await until("poison-a's completion refused", async () => (await refusals()) >= 1, 20_000);
      await until("poison-b's batch waiting on its lock", async () => (await lockWaiters()) >= 2, 20_000);
      // poison-b's completion is refused too: graphile-worker's completion batcher now counts -1 batches in flight
      await holdB.end();
      await until("poison-b's completion refused", async () => (await refusals()) >= 2, 20_000);
      // (the refusal is counted before the worker reads the error; give it that moment)
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await Promise.all([holdA.end().catch(() => {}), holdB.end().catch(() => {})]);
      // the pool's last running job fails (no completion); its shutdown completes and releases the completion batcher
      await holdC.end();
    }
    await until("fail-c's job failed", async () =>
      (await countRows(db.url, `SELECT count(*) FROM graphile_worker.jobs WHERE key = $1 AND last_error IS NOT NULL`, [`score:${projectId}:fail-c`])) === 1, 20_000);
    await admin.query(`DROP TRIGGER refuse_poison_completion ON graphile_worker._private_jobs`);
    await admin.query(`DROP TRIGGER refuse_fail_c ON conversations`);

    // near miss of the fault: the worker process never died
    expect(worker.proc.exitCode).toBeNull();
    await post("after-stall");
    await until("a conversation sent after the stall scored", async () => (await scored("after-stall")) === 1, 30_000);
    // and the poisoned conversations' jobs, handed back from the abandoned pool, ran again and completed
    await until("no scoring job left", async () =>
      (await countRows(db.url, `SELECT count(*) FROM graphile_worker.jobs WHERE key LIKE $1`, [`score:${projectId}:%`])) === 0, 30_000);
    expect(worker.proc.exitCode).toBeNull();
  });
});
