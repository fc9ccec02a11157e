// Jobs live in PostgreSQL: kill -9 of the worker mid-backlog loses nothing; after a restart every
// marked conversation is scored (SPEC §8). Runs on a private database so no other worker helps.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postEvents } from "../helpers/api";
import { dropoutConversation } from "../helpers/conversations";
import { until } from "../helpers/until";
import { countRows, startExtraWeb, startExtraWorker, startPrivateDb } from "../helpers/stack";

describe("worker durability", () => {
  it("scores every marked conversation after kill -9 mid-backlog and a restart", async () => {
    const { db, key, projectId } = await startPrivateDb();
    const { url, web } = await startExtraWeb(db.url);
    const scored = () =>
      countRows(db.url, `SELECT count(*) FROM conversations WHERE project_id = $1 AND event_count = 4`, [projectId]);
    try {
      const ids = Array.from({ length: 400 }, (_, i) => `kw-${i}`);
      for (let i = 0; i < ids.length; i += 100) {
        const events = ids.slice(i, i + 100).flatMap((id) => dropoutConversation(id));
        expect((await postEvents(key, { events }, { base: url })).status).toBe(200);
      }
      const env = { BATON_SCORE_DEBOUNCE_MS: "0", BATON_WORKER_CONCURRENCY: "2", BATON_WORKER_HEARTBEAT_MS: "1000" };
      const worker = await startExtraWorker(db.url, env);
      // kill it as soon as it has scored something (a fresh worker under load takes seconds to start)
      await until("the new worker's first scored conversation", async () => (await scored()) > 0, 30_000, 50);
      worker.proc.kill("SIGKILL");
      await worker.exited;
      // the pid we killed is the worker itself (no wrapper left running it as an orphan)
      expect(() => process.kill(worker.proc.pid!, 0)).toThrow();
      const atKill = await scored();
      expect(atKill).toBeGreaterThan(0);
      expect(atKill).toBeLessThan(ids.length); // killed mid-backlog

      const restarted = await startExtraWorker(db.url, env);
      try {
        // the jobs the killed worker had locked come back after ~3 missed heartbeats
        let n = atKill;
        await until(`all ${ids.length} conversations scored after the restart`, async () => (n = await scored()) >= ids.length, 60_000, 100)
          .catch((err: Error) => expect.fail(`${err.message}: ${n} scored`));
        expect(n).toBe(ids.length);
      } finally {
        await restarted.stop();
      }
    } finally {
      await web.stop();
      await db.stop();
      fs.rmSync(path.dirname(db.dataDir), { recursive: true, force: true });
    }
    // a private PostgreSQL, a web process and two workers started here: 17 s in a quiet CI run and
    // 121 s at load 20 (the 60 s default would have failed); the waits inside carry their own deadlines
  }, 240_000);
});
