// Fault behaviour (SPEC §8): acknowledged events survive kill -9 of the web process; with the
// database down, ingest answers 503 + Retry-After, writes nothing, and recovers without a restart.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { countEvents, createTestProject, getJson, msg, postEvents } from "../helpers/api";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { countRows, startExtraWeb, startPrivateDb } from "../helpers/stack";

describe("durability", () => {
  it("keeps every acknowledged event after kill -9 of the web process", async () => {
    const p = await createTestProject();
    const dbUrl = inject("databaseUrl");
    const { url, web } = await startExtraWeb(dbUrl);
    const acked: string[] = [];
    let killed = false;
    const sender = async (lane: number) => {
      for (let i = 0; !killed; i++) {
        const events = Array.from({ length: 50 }, () => msg(`kill-${lane}-${i % 5}`));
        try {
          const res = await postEvents(p.key, { events }, { base: url });
          if (res.status === 200) acked.push(...events.map((e) => e.id));
        } catch {
          return; // connection dropped by the kill
        }
        if (acked.length >= 2000 && !killed) {
          killed = true;
          web.proc.kill("SIGKILL"); // right after a 200
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(sender));
    await web.exited;
    expect(acked.length).toBeGreaterThanOrEqual(2000);
    const restarted = await startExtraWeb(dbUrl);
    try {
      expect(await countEvents(p.projectId, acked)).toBe(acked.length);
      const res = await getJson("/api/v1/conversations/kill-0-0", p.key, restarted.url);
      expect(res.status).toBe(200);
    } finally {
      await restarted.web.stop();
    }
  });
});

describe("database unavailable", () => {
  it("answers 503 with Retry-After, writes nothing, and recovers without restarting the app", async () => {
    const { db, key } = await startPrivateDb();
    const { url, web } = await startExtraWeb(db.url);
    try {
      expect((await postEvents(key, { events: [msg("down-1")] }, { base: url })).status).toBe(200);
      await db.stop();

      const lost = [msg("down-2"), msg("down-2")];
      const res = await postEvents(key, { events: lost }, { base: url });
      expect(res.status).toBe(503);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await res.json()).error).toMatch(/unavailable/);
      expect((await fetch(`${url}/api/health`)).status).toBe(503);

      const again = await startEmbeddedPostgres({ dataDir: db.dataDir, port: db.port });
      try {
        let status = 0;
        for (let i = 0; i < 40 && status !== 200; i++) {
          status = (await postEvents(key, { events: [msg("down-3")] }, { base: url })).status;
          if (status !== 200) await new Promise((r) => setTimeout(r, 250));
        }
        expect(status).toBe(200);
        expect((await fetch(`${url}/api/health`)).status).toBe(200);
        // the batch answered 503 left nothing behind
        expect(await countRows(again.url, `SELECT count(*) FROM events WHERE id = ANY($1)`, [lost.map((e) => e.id)])).toBe(0);
      } finally {
        await again.stop();
      }
    } finally {
      await web.stop();
      fs.rmSync(path.dirname(db.dataDir), { recursive: true, force: true });
    }
  });
});
