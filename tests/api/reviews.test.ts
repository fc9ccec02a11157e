// Reviews (lib/reviews/review.ts): a person's labels for a conversation's scored failures, over real
// HTTP against the running app and real PostgreSQL — saved and read back, validated at the boundary
// (the failing field named, nothing written), refused to viewers and for unknown or unscored
// conversations, kept by a rescore, counted by GET /api/v1/reviews as `npm run eval` counts labels,
// and found again through the conversations list's review filters.
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { REVIEW_FLAGS, type ReviewFlag } from "../../lib/reviews/filters";
import { removeMember } from "../../lib/projects/members";
import { deleteReview, saveReview } from "../../lib/reviews/review";
import { rescore } from "../helpers/rescore";
import { baseUrl, createTestProject, createTestUser, getJson, keyRequest, postEvents, waitScored } from "../helpers/api";

/** Triage hands a refund request to billing without the order id, and billing asks for it again. */
function reaskConversation(conversationId: string, startMs = Date.now() - 120_000) {
  const t = (s: number) => new Date(startMs + s * 1000).toISOString();
  const id = (n: number) => `${conversationId}-${n}-${crypto.randomBytes(2).toString("hex")}`;
  return [
    { id: id(1), conversationId, timestamp: t(0), type: "message", role: "user", content: "I want a refund for order 88123, it arrived broken." },
    { id: id(2), conversationId, timestamp: t(3), type: "handoff", from: "triage", to: "billing", summary: "Customer wants a refund for a broken item" },
    { id: id(3), conversationId, timestamp: t(5), type: "message", role: "agent", agent: "billing", content: "Sorry about that. What is your order number?" },
  ];
}

const labels = (yes: string[]) => Object.fromEntries(REVIEW_FLAGS.map((f) => [f, yes.includes(f)])) as Record<ReviewFlag, boolean>;

describe("reviews", () => {
  it("a review is saved, read back on the conversation, counted by /reviews, kept by a rescore and listed by the review filters", async () => {
    const p = await createTestProject();
    await postEvents(p.key, { events: reaskConversation("rev-a") });
    await postEvents(p.key, { events: reaskConversation("rev-b") });
    await waitScored(p.key, "rev-a", 3);
    await waitScored(p.key, "rev-b", 3);
    const flagsOf = async (id: string) => ((await (await getJson(`/api/v1/conversations/${id}`, p.key)).json()) as { conversation: { flags: string[] } }).conversation.flags;
    const batonA = await flagsOf("rev-a");
    expect(batonA).toEqual(expect.arrayContaining(["reask", "dropout"]));

    // rev-a: the reviewer agrees on the re-ask but says the dropout was a false alarm and adds a drift Baton did not see
    const put = await keyRequest(p.key, "/api/v1/conversations/rev-a/review", "PUT", { labels: labels(["reask", "drift"]), note: "the order id was in the summary's metadata" });
    expect(put.status).toBe(200);
    const saved = await put.json();
    expect(saved).toMatchObject({ labels: labels(["reask", "drift"]), note: "the order id was in the summary's metadata" });
    expect(saved.by).toMatch(/^key:/);
    expect(saved.events).toBe(3); // the scored events the reviewed verdicts came from
    expect(JSON.stringify(saved)).not.toContain(p.key);
    // rev-b: confirms Baton's verdicts exactly
    const confirm = labels(REVIEW_FLAGS.filter((f) => batonA.includes(f)));
    expect((await keyRequest(p.key, "/api/v1/conversations/rev-b/review", "PUT", { labels: confirm })).status).toBe(200);

    const detail = await (await getJson("/api/v1/conversations/rev-a", p.key)).json();
    expect(detail.review).toMatchObject({ labels: labels(["reask", "drift"]) });

    const acc = await (await getJson("/api/v1/reviews", p.key)).json();
    expect(acc).toMatchObject({ reviewed: 2, clean: 0, disagree: 1 });
    const byFlag = Object.fromEntries(acc.flags.map((f: { flag: string }) => [f.flag, f]));
    expect(byFlag.dropout).toMatchObject({ tp: 1, fp: 1, labelled: 1, missed: 0, precision: 0.5 });
    expect(byFlag.reask).toMatchObject({ tp: 2, fp: 0, labelled: 2, missed: 0, recall: 1 });
    expect(byFlag.drift).toMatchObject({ tp: 0, labelled: 1, missed: 1, recall: 0 });

    // the list's filters find exactly the conversations behind each count
    const ids = async (review: string) =>
      ((await (await getJson(`/api/v1/conversations?review=${encodeURIComponent(review)}`, p.key)).json()) as { data: Array<{ id: string }> }).data.map((c) => c.id).sort();
    expect(await ids("any")).toEqual(["rev-a", "rev-b"]);
    expect(await ids("disagree")).toEqual(["rev-a"]);
    expect(await ids("wrong:dropout")).toEqual(["rev-a"]);
    expect(await ids("missed:drift")).toEqual(["rev-a"]);
    expect(await ids("wrong:reask")).toEqual([]);
    const bad = await getJson("/api/v1/conversations?review=wrong:csat", p.key);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("review");

    // a rescore rewrites the scores and leaves the review alone
    const run = await rescore(["--project", p.projectId]);
    expect(run.code).toBe(0);
    const row = (await pool().query(`SELECT review, scored_at FROM conversations WHERE project_id = $1 AND id = 'rev-a'`, [p.projectId])).rows[0];
    expect(row.review).toMatchObject({ labels: labels(["reask", "drift"]) });

    // the export is an `npm run eval` corpus: the real script scores it against the reviewers' labels,
    // with the project's settings, and counts what /reviews counts
    const exp = await getJson("/api/v1/reviews/export", p.key);
    expect(exp.status).toBe(200);
    const body = await exp.json();
    expect(body.fixtures.map((f: { name: string }) => f.name).sort()).toEqual(["rev-a", "rev-b"]);
    expect(body.settings.judge).toBeUndefined();
    expect(body.truncated).toBe(false);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "baton-reviews-")), "export.json");
    fs.writeFileSync(file, JSON.stringify(body));
    const evalRun = await promisify(execFile)("npx", ["tsx", "scripts/eval.ts", "--file", file], { cwd: path.resolve(import.meta.dirname, "../.."), timeout: 120_000 }).catch((e) => e);
    const tableRow = (flag: string) => new RegExp(`^${flag}\\s.*$`, "m").exec(evalRun.stdout)?.[0].trim().split(/\s+/);
    // scorer precision recall FP/clean coverage TP FP FN TN abstain
    expect(tableRow("dropout")?.slice(5, 9)).toEqual(["1", "1", "0", "0"]);
    expect(tableRow("reask")?.slice(5, 9)).toEqual(["2", "0", "0", "0"]);
    expect(evalRun.stdout).toContain("FP rev-a");

    // DELETE clears it
    expect((await keyRequest(p.key, "/api/v1/conversations/rev-b/review", "DELETE")).status).toBeLessThan(300);
    expect(await ids("any")).toEqual(["rev-a"]);
  });

  it("refuses a partial label set naming the missing field, an unknown conversation, an unscored one, and a viewer — writing nothing", async () => {
    const p = await createTestProject();
    await postEvents(p.key, { events: reaskConversation("rev-c") });
    await waitScored(p.key, "rev-c", 3);

    const partial = await keyRequest(p.key, "/api/v1/conversations/rev-c/review", "PUT", { labels: { dropout: true } });
    expect(partial.status).toBe(400);
    expect(JSON.stringify(await partial.json())).toContain("labels.reask");
    const extra = await keyRequest(p.key, "/api/v1/conversations/rev-c/review", "PUT", { labels: labels([]), by: "someone-else" });
    expect(extra.status).toBe(400);
    const nul = await keyRequest(p.key, "/api/v1/conversations/rev-c/review", "PUT", { labels: labels([]), note: "a\u0000b" });
    expect(nul.status).toBe(400);
    expect(JSON.stringify(await nul.json())).toContain("note");
    const notJson = await keyRequest(p.key, "/api/v1/conversations/rev-c/review", "PUT", "{nope");
    expect(notJson.status).toBe(400);

    const unknown = await keyRequest(p.key, "/api/v1/conversations/no-such-conversation/review", "PUT", { labels: labels([]) });
    expect(unknown.status).toBe(404);

    // events stored but never scored: a conversation row does not exist yet (the worker is not told: insert directly)
    await pool().query(
      `INSERT INTO events (project_id, id, conversation_id, ts, type, data) VALUES ($1, 'unscored-1', 'rev-unscored', now(), 'message', '{"role":"user","content":"hi"}')`,
      [p.projectId],
    );
    const unscored = await keyRequest(p.key, "/api/v1/conversations/rev-unscored/review", "PUT", { labels: labels([]) });
    expect(unscored.status).toBe(409);

    const viewer = await createTestUser(p.projectId, "viewer");
    const asViewer = await fetch(`${baseUrl()}/api/v1/conversations/rev-c/review`, {
      method: "PUT",
      headers: { cookie: viewer.cookie, "content-type": "application/json", origin: baseUrl() },
      body: JSON.stringify({ labels: labels([]) }),
    });
    expect(asViewer.status).toBe(403);

    const stored = await pool().query(`SELECT count(*)::int AS n FROM conversations WHERE project_id = $1 AND review IS NOT NULL`, [p.projectId]);
    expect(stored.rows[0].n).toBe(0);
    const acc = await (await getJson("/api/v1/reviews", p.key)).json();
    expect(acc).toMatchObject({ reviewed: 0, span: null });
  });

  it("lists exactly what /reviews counts when a stored review lacks a label (read as no, as parseReview reads it)", async () => {
    const p = await createTestProject();
    await postEvents(p.key, { events: reaskConversation("rev-old") });
    await waitScored(p.key, "rev-old", 3);
    // a review stored before a flag existed: no "dropout" label, on a conversation Baton flags as a dropout
    const { dropout: _d, ...older } = labels(["reask"]);
    await pool().query(`UPDATE conversations SET review = $2 WHERE project_id = $1 AND id = 'rev-old'`, [
      p.projectId,
      JSON.stringify({ labels: older, by: "user:old@example.com", at: "2026-11-01T00:00:00.000Z" }),
    ]);
    const acc = await (await getJson("/api/v1/reviews", p.key)).json();
    const dropout = acc.flags.find((f: { flag: string }) => f.flag === "dropout");
    expect(dropout).toMatchObject({ fp: 1, labelled: 0 });
    expect(acc.disagree).toBe(1);
    const ids = async (review: string) =>
      ((await (await getJson(`/api/v1/conversations?review=${encodeURIComponent(review)}`, p.key)).json()) as { data: Array<{ id: string }> }).data.map((c) => c.id);
    expect(await ids("wrong:dropout")).toEqual(["rev-old"]);
    expect(await ids("disagree")).toEqual(["rev-old"]);
    expect(await ids("missed:dropout")).toEqual([]);
  });

  it("a form's save or clear based on a review that changed meanwhile is a 409 naming who reviewed, and writes nothing", async () => {
    const p = await createTestProject();
    await postEvents(p.key, { events: reaskConversation("rev-race") });
    await waitScored(p.key, "rev-race", 3);
    const at = { projectId: p.projectId, conversationId: "rev-race" };
    const [one, two] = [await createTestUser(p.projectId, "member"), await createTestUser(p.projectId, "member")];
    // two people open the unreviewed page; the first saves
    const first = await saveReview({ ...at, input: { labels: labels(["reask"]) }, by: `user:${one.email}`, expectedAt: null });
    // the second saves from the page that showed no review: refused, naming the first (a member), and the first review stays
    await expect(saveReview({ ...at, input: { labels: labels([]) }, by: `user:${two.email}`, expectedAt: null })).rejects.toThrow(`reviewed meanwhile by ${one.email} at`);
    await expect(deleteReview({ ...at, expectedAt: "2026-01-01T00:00:00.000Z" })).rejects.toMatchObject({ status: 409 });
    const stored = (await pool().query(`SELECT review FROM conversations WHERE project_id = $1 AND id = 'rev-race'`, [p.projectId])).rows[0].review;
    expect(stored).toMatchObject({ by: `user:${one.email}`, at: first.at });
    // near miss: based on the review now stored, both go through
    const second = await saveReview({ ...at, input: { labels: labels([]) }, by: `user:${two.email}`, expectedAt: first.at });
    // a review by someone no longer in the project: the refusal names a former member, not their email
    await pool().query(`UPDATE conversations SET review = jsonb_set(review, '{by}', '"user:left@example.com"') WHERE project_id = $1 AND id = 'rev-race'`, [p.projectId]);
    await expect(deleteReview({ ...at, expectedAt: "2026-01-01T00:00:00.000Z" })).rejects.toThrow("reviewed meanwhile by former member at");
    await deleteReview({ ...at, expectedAt: second.at });
    expect((await pool().query(`SELECT review FROM conversations WHERE project_id = $1 AND id = 'rev-race'`, [p.projectId])).rows[0].review).toBeNull();
    // an unknown conversation is still a 404, not a conflict
    await expect(saveReview({ projectId: p.projectId, conversationId: "nope", input: { labels: labels([]) }, by: `user:${one.email}`, expectedAt: null })).rejects.toMatchObject({ status: 404 });
  });
  it("hostile input on PUT is a 400 or 413 naming the field, never a 500; another project's key sees and changes nothing; erasure removes the review", async () => {
    const p = await createTestProject();
    const other = await createTestProject();
    await postEvents(p.key, { events: reaskConversation("rev-h") });
    await waitScored(p.key, "rev-h", 3);
    const put = (key: string, id: string, body: unknown) => keyRequest(key, `/api/v1/conversations/${id}/review`, "PUT", body);
    const issues = async (r: Response) => JSON.stringify(await r.json());

    const cases: Array<[string, unknown, number, string]> = [
      ["rev-h", { labels: { ...labels([]), dropout: "yes" } }, 400, "labels.dropout"],
      ["rev-h", { labels: labels([]), note: 42 }, 400, "note"],
      ["rev-h", { labels: labels([]), note: "a\ud800b" }, 400, "note"],
      ["rev-h", { labels: labels([]), note: "x".repeat(2_000_000) }, 413, ""],
      ["rev-h", [labels([])], 400, ""],
      [encodeURIComponent("x".repeat(257)), { labels: labels([]) }, 400, "id"],
      ["a%00b", { labels: labels([]) }, 400, "params"],
    ];
    for (const [id, body, status, field] of cases) {
      const r = await put(p.key, id, body);
      expect(r.status, `${id} ${JSON.stringify(body).slice(0, 80)}`).toBe(status);
      expect(await issues(r)).toContain(field);
    }
    // an id in any script is only an id: unknown here, 404
    expect((await put(p.key, encodeURIComponent("会話-🙂"), { labels: labels([]) })).status).toBe(404);
    const ok = await put(p.key, "rev-h", { labels: labels(["reask"]), note: "  会話 🙂 —  " });
    expect(ok.status).toBe(200);
    expect((await ok.json()).note).toBe("会話 🙂 —");

    // another project's key: the conversation is not there for it (404), and its reviews are its own
    expect((await put(other.key, "rev-h", { labels: labels([]) })).status).toBe(404);
    expect((await keyRequest(other.key, "/api/v1/conversations/rev-h/review", "DELETE")).status).toBe(404);
    expect(await (await getJson("/api/v1/reviews", other.key)).json()).toMatchObject({ reviewed: 0 });
    expect((await (await getJson("/api/v1/reviews/export", other.key)).json()).fixtures).toEqual([]);
    expect(await (await getJson("/api/v1/reviews", p.key)).json()).toMatchObject({ reviewed: 1 });

    // erasure removes the conversation's row, its review with it
    const erased = await fetch(`${baseUrl()}/api/v1/conversations/rev-h`, { method: "DELETE", headers: { authorization: `Bearer ${p.key}` } });
    expect(erased.status).toBeLessThan(300);
    expect(await (await getJson("/api/v1/reviews", p.key)).json()).toMatchObject({ reviewed: 0, span: null });
  });

  it("a review by someone who left the project reads 'former member': the email is dropped on removal, the review and its counts stay", async () => {
    const p = await createTestProject();
    for (const id of ["rev-left", "rev-stays", "rev-old-left"]) await postEvents(p.key, { events: reaskConversation(id) });
    for (const id of ["rev-left", "rev-stays", "rev-old-left"]) await waitScored(p.key, id, 3);
    const leaving = await createTestUser(p.projectId, "member");
    const staying = await createTestUser(p.projectId, "member");
    const putAs = (cookie: string, id: string, note: string) =>
      fetch(`${baseUrl()}/api/v1/conversations/${id}/review`, {
        method: "PUT",
        headers: { cookie, "content-type": "application/json", origin: baseUrl() },
        body: JSON.stringify({ labels: labels(["reask"]), note }),
      });
    expect((await putAs(leaving.cookie, "rev-left", "checked the transcript")).status).toBe(200);
    expect((await putAs(staying.cookie, "rev-stays", "agreed")).status).toBe(200);
    const byOf = async (id: string) => ((await (await getJson(`/api/v1/conversations/${id}`, p.key)).json()) as { review: { by: string; note?: string } }).review;
    expect((await byOf("rev-left")).by).toBe(`user:${leaving.email}`);

    await removeMember({ projectId: p.projectId, userId: leaving.userId });
    // a save that reaches the data layer after the removal (a form sent as the admin removed its author) is
    // refused and stores nothing: the email is never written back
    await expect(saveReview({ projectId: p.projectId, conversationId: "rev-old-left", input: { labels: labels([]) }, by: `user:${leaving.email}`, expectedAt: null })).rejects.toMatchObject({ status: 403 });
    // the account was in no other project: deleted, and its email is nowhere in the project's reviews
    expect((await pool().query(`SELECT count(*)::int AS n FROM users WHERE id = $1`, [leaving.userId])).rows[0].n).toBe(0);
    const stored = await pool().query(`SELECT count(*)::int AS n FROM conversations WHERE project_id = $1 AND review::text LIKE '%' || $2 || '%'`, [p.projectId, leaving.email]);
    expect(stored.rows[0].n).toBe(0);
    expect(await byOf("rev-left")).toMatchObject({ by: "former member", note: "checked the transcript" });
    // near miss: a member who stays is still named
    expect((await byOf("rev-stays")).by).toBe(`user:${staying.email}`);
    const acc = await (await getJson("/api/v1/reviews", p.key)).json();
    expect(acc).toMatchObject({ reviewed: 2 });
    const exp = await (await getJson("/api/v1/reviews/export", p.key)).json();
    expect(JSON.stringify(exp)).not.toContain(leaving.email);

    // a review stored before the rule, by someone no longer in the project: hidden on read, and the
    // migration drops the email from the stored row (a current member's review left as it is)
    await pool().query(`UPDATE conversations SET review = $2 WHERE project_id = $1 AND id = 'rev-old-left'`, [
      p.projectId,
      JSON.stringify({ labels: labels([]), by: "user:gone-before@example.com", at: "2026-11-01T00:00:00.000Z" }),
    ]);
    expect((await byOf("rev-old-left")).by).toBe("former member");
    const migration = fs.readFileSync(path.resolve(import.meta.dirname, "../../prisma/migrations/20261130120000_review_former_members/migration.sql"), "utf8");
    await pool().query(migration);
    const rows = await pool().query(`SELECT id, review ->> 'by' AS by FROM conversations WHERE project_id = $1 ORDER BY id`, [p.projectId]);
    expect(rows.rows).toEqual([
      { id: "rev-left", by: "former member" },
      { id: "rev-old-left", by: "former member" },
      { id: "rev-stays", by: `user:${staying.email}` },
    ]);
  });
});
