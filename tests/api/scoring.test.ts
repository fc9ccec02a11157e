// The scoring pipeline end to end: events over HTTP → worker → conversations/handoffs/rollups →
// read API and metrics (SPEC §2.3, §3, §4).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { createLlmJudge } from "../../lib/scoring/judge-llm";
import { scoreConversation, scoreConversations } from "../../lib/scoring/persist";
import { createTestProject, getJson, postEvents, rollups, waitScored } from "../helpers/api";
import { cleanConversation, dropoutConversation } from "../helpers/conversations";

describe("scoring pipeline", () => {
  it("scores a dropout + re-ask conversation within seconds and serves the SPEC shape", async () => {
    const p = await createTestProject();
    expect((await postEvents(p.key, { events: dropoutConversation("drop-1") })).status).toBe(200);
    const body = await waitScored(p.key, "drop-1", 4);
    expect(body.conversation.flags).toEqual(expect.arrayContaining(["dropout", "reask"]));
    expect(body.scores).toMatchObject({ dropoutRate: 1, reaskCount: 1, maxDepth: 1, depthLevel: "ok", roleConfusion: false });
    expect(body.handoffs).toHaveLength(1);
    const h = body.handoffs[0];
    expect(h).toMatchObject({ index: 0, from: "triage", to: "billing", depth: 1, mode: "transfer", requested: null, ignored: [] });
    expect(h.dropped).toContainEqual({ field: "order_id", value: "88123" });
    expect(h.reasks[0].field).toBe("order_id");
    expect(h.diff.removed.map((r: { path: string }) => r.path)).toContain("order_id");
    expect(body.scoreReasons.handoffsToResolution).toMatch(/not resolved/);
    expect(body.scoredAt).toBeTruthy();
  });

  it("rescoring after new events replaces the contribution instead of double counting", async () => {
    const p = await createTestProject();
    const events = dropoutConversation("drop-2");
    await postEvents(p.key, { events: events.slice(0, 3) });
    await waitScored(p.key, "drop-2", 3);
    await postEvents(p.key, { events: events.slice(3) });
    await waitScored(p.key, "drop-2", 4);
    const rows = await rollups(p.projectId);
    const convs = rows.find((r) => r.metric === "conversations" && r.dim === "");
    expect(convs.count).toBe(1);
    const handoffs = rows.find((r) => r.metric === "handoffs" && r.dim === "");
    expect(handoffs.count).toBe(1);
    const reask = rows.find((r) => r.metric === "reask_rate" && r.dim === "");
    expect(reask.sum).toBe(1);
  });

  it("is idempotent: scoring the same conversation again changes no rollup", async () => {
    const p = await createTestProject();
    await postEvents(p.key, { events: cleanConversation("clean-1") });
    await waitScored(p.key, "clean-1", 4);
    const before = await rollups(p.projectId);
    await scoreConversation({ projectId: p.projectId, conversationId: "clean-1" });
    await scoreConversation({ projectId: p.projectId, conversationId: "clean-1" });
    expect(await rollups(p.projectId)).toEqual(before);
  });

  it("a batch writes the same rows and rollups as scoring its conversations one by one", async () => {
    const p = await createTestProject();
    const ids = ["b-drop", "b-clean", "b-drop-2"];
    await postEvents(p.key, { events: [...dropoutConversation(ids[0]), ...cleanConversation(ids[1]), ...dropoutConversation(ids[2])] });
    for (const id of ids) await waitScored(p.key, id, 4);
    const snapshot = async () => ({
      rollups: await rollups(p.projectId),
      conversations: (
        await pool().query(
          `SELECT id, status, flags, scores, contributions FROM conversations WHERE project_id = $1 ORDER BY id`,
          [p.projectId],
        )
      ).rows,
      handoffs: (
        await pool().query(
          `SELECT conversation_id, idx, from_agent, to_agent, dropped, reasks FROM handoffs WHERE project_id = $1 ORDER BY 1, 2`,
          [p.projectId],
        )
      ).rows,
    });
    for (const id of ids) await scoreConversation({ projectId: p.projectId, conversationId: id });
    const oneByOne = await snapshot();
    expect(oneByOne.handoffs).toHaveLength(3);
    const outcome = await scoreConversations({ projectId: p.projectId, conversationIds: [...ids, "b-unknown", ids[0]] });
    expect([...outcome.keys()].sort()).toEqual(["b-clean", "b-drop", "b-drop-2", "b-unknown"]);
    expect(outcome.get("b-unknown")).toEqual({ analysis: null });
    expect(await snapshot()).toEqual(oneByOne);
  });

  it("quotes, backslashes and the contributions' separator in ids, agents and texts survive the batch's literal statements", async () => {
    const p = await createTestProject();
    const nasty = `it's O'Brien's "order" C:\\path\\n \u001f ✓ '; DROP TABLE events; --`;
    const id = `q'id\\"${nasty.length}`;
    const events = dropoutConversation(id).map((e) =>
      e.type === "handoff" ? { ...e, from: "tri'age\\", summary: nasty } : e.role === "user" ? { ...e, content: `${nasty} order #88123` } : e,
    );
    expect((await postEvents(p.key, { events })).status).toBe(200);
    const body = await waitScored(p.key, id, 4);
    expect(body.conversation.id).toBe(id);
    expect(body.handoffs[0]).toMatchObject({ from: "tri'age\\", to: "billing", summary: nasty });
    const stored = await pool().query(`SELECT preview, contributions FROM conversations WHERE project_id = $1 AND id = $2`, [p.projectId, id]);
    expect(stored.rows[0].preview).toContain(nasty);
    // scored again (the rescored path: the old handoffs deleted by id), same rows
    await scoreConversations({ projectId: p.projectId, conversationIds: [id, "other'one"] });
    const again = await pool().query(`SELECT preview, contributions FROM conversations WHERE project_id = $1 AND id = $2`, [p.projectId, id]);
    expect(again.rows).toEqual(stored.rows);
    expect((await pool().query(`SELECT from_agent FROM handoffs WHERE project_id = $1 AND conversation_id = $2`, [p.projectId, id])).rows).toEqual([
      { from_agent: "tri'age\\" },
    ]);
  });

  it("a batch asks an LLM judge about several conversations at once", async () => {
    let inFlight = 0;
    let most = 0;
    const server = http.createServer((req, res) => {
      inFlight++;
      most = Math.max(most, inFlight);
      req.resume();
      req.on("end", () =>
        setTimeout(() => {
          inFlight--;
          res.setHeader("content-type", "application/json");
          res.end(JSON.stringify({ choices: [{ message: { role: "assistant", content: '{"score": 0.42, "confidence": 0.9}' } }] }));
        }, 100),
      );
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const p = await createTestProject();
      const ids = Array.from({ length: 12 }, (_, i) => `llm-${i}`);
      await postEvents(p.key, { events: ids.flatMap((id) => dropoutConversation(id)) });
      for (const id of ids) await waitScored(p.key, id, 4);
      const judge = createLlmJudge({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, model: "m", allowPrivate: true });
      const outcome = await scoreConversations({ projectId: p.projectId, conversationIds: ids, judge });
      expect(ids.map((id) => (outcome.get(id) as { analysis: { scores: { intentPreservation: number } } }).analysis.scores.intentPreservation)).toEqual(
        ids.map(() => 0.42),
      );
      expect(most).toBeGreaterThan(1); // not one after another
      // the stored scores, as the drill-down reads them, name the judge and its confidence
      const stored = await (await getJson(`/api/v1/conversations/${ids[0]}`, p.key)).json();
      expect(stored.scores).toMatchObject({ intentPreservation: 0.42, intentDrift: true, intentJudge: "m", intentConfidence: 0.9 });
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it("lists conversations newest first with filters and keyset paging, per project", async () => {
    const p = await createTestProject();
    const other = await createTestProject();
    const now = Date.now() - 600_000;
    await postEvents(p.key, { events: [...dropoutConversation("l-drop", now), ...cleanConversation("l-clean", now + 60_000)] });
    await postEvents(other.key, { events: dropoutConversation("l-other", now) });
    await waitScored(p.key, "l-drop", 4);
    await waitScored(p.key, "l-clean", 4);
    const all = await (await getJson("/api/v1/conversations?limit=1", p.key)).json();
    expect(all.data.map((c: { id: string }) => c.id)).toEqual(["l-clean"]);
    const next = await (await getJson(`/api/v1/conversations?limit=1&cursor=${all.nextCursor}`, p.key)).json();
    expect(next.data.map((c: { id: string }) => c.id)).toEqual(["l-drop"]);
    expect(next.nextCursor).toBeNull();
    const flagged = await (await getJson("/api/v1/conversations?flag=dropout", p.key)).json();
    expect(flagged.data.map((c: { id: string }) => c.id)).toEqual(["l-drop"]);
    expect(flagged.data[0].agentPath).toEqual(["triage", "billing"]);
    const byAgent = await (await getJson("/api/v1/conversations?agent=orders", p.key)).json();
    expect(byAgent.data.map((c: { id: string }) => c.id)).toEqual(["l-clean"]);
    const text = await (await getJson("/api/v1/conversations?q=blender", p.key)).json();
    expect(text.data.map((c: { id: string }) => c.id)).toEqual(["l-drop"]);
    const bad = await getJson("/api/v1/conversations?flag=sleepy", p.key);
    expect(bad.status).toBe(400);
    // filters take several values: the path names the bad one
    expect((await bad.json()).issues[0].path).toBe("query.flag.0");
  });

  it("serves metric series from rollups, with gaps for empty rate buckets and zeros for counts", async () => {
    const p = await createTestProject();
    await postEvents(p.key, { events: dropoutConversation("m-1") });
    await waitScored(p.key, "m-1", 4);
    const from = new Date(Date.now() - 3 * 3_600_000).toISOString();
    const rate = await (await getJson(`/api/v1/metrics?metric=dropout_rate&from=${from}`, p.key)).json();
    const values = rate.points.map((pt: { value: number | null }) => pt.value);
    expect(values).toContain(1);
    expect(values).toContain(null);
    const count = await (await getJson(`/api/v1/metrics?metric=conversations&from=${from}`, p.key)).json();
    expect(count.points.every((pt: { value: number }) => typeof pt.value === "number")).toBe(true);
    const edges = await (await getJson(`/api/v1/metrics?metric=dropout_rate&groupBy=edge&from=${from}`, p.key)).json();
    expect(edges.points.some((pt: { group: string; value: number }) => pt.group === "triage→billing" && pt.value === 1)).toBe(true);
    const depth = await (await getJson(`/api/v1/metrics?metric=depth_p95&from=${from}`, p.key)).json();
    expect(depth.points.map((pt: { value: number | null }) => pt.value)).toContain(1);
    expect((await getJson(`/api/v1/metrics?metric=nope`, p.key)).status).toBe(400);
  });
});
