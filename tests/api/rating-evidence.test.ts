// The project setting `ratingEvidence` (lib/projects/settings.ts): a project whose CSAT is not the
// user's verdict on the conversation turns ratings off as drift evidence on /settings, and
// `npm run rescore` then scores its history without them. Through the real settings form (the
// checkbox and its hidden "off"), the real worker and the real rescore script, on PostgreSQL.
// Failure: a kite-making class swapped into one added as well, the user rated it 1 and nothing else
// explains it — drift by `bottomRating`. Near miss: the same conversation once ratings are off — the
// words alone read the ask as kept.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { getProjectSettings } from "../../lib/projects/manage";
import { createTestProject, createTestUser, postEvents, waitScored } from "../helpers/api";
import { submitForm } from "../helpers/forms";
import { rescore } from "../helpers/rescore";

function kiteClass(conversationId: string, startMs = Date.now() - 300_000) {
  const t = (s: number) => new Date(startMs + s * 1000).toISOString();
  const id = (n: number) => `${conversationId}-${n}-${crypto.randomBytes(2).toString("hex")}`;
  return [
    { id: id(1), conversationId, timestamp: t(0), type: "message", role: "user", content: "Hi, please swap my kite-making class KM-3318 from Saturday morning to Sunday morning." },
    { id: id(2), conversationId, timestamp: t(5), type: "message", role: "agent", agent: "triage", content: "Thanks, passing you on now." },
    { id: id(3), conversationId, timestamp: t(8), type: "handoff", from: "triage", to: "classes", summary: "KM-3318: customer wants to change the Saturday morning kite-making class." },
    { id: id(4), conversationId, timestamp: t(20), type: "message", role: "agent", agent: "classes", content: "Done: KM-3318 now has the Sunday morning kite-making class added as well as Saturday morning, both weekly." },
    { id: id(5), conversationId, timestamp: t(40), type: "message", role: "user", content: "what" },
    { id: id(6), conversationId, timestamp: t(60), type: "resolution", agent: "classes", status: "resolved", csat: 1 },
  ];
}

const driftOf = async (projectId: string, id: string) =>
  (await pool().query(`SELECT flags, scores->>'intentPath' AS path FROM conversations WHERE project_id = $1 AND id = $2`, [projectId, id])).rows[0];

const SCORING_FORM = { trackedFields: "", freshnessTurns: "2", freshnessSeconds: "120", depthWarn: "5", depthCritical: "8", driftThreshold: "0.5", pingPongHops: "3", compressionFlagRatio: "20", judgeKind: "offline" };

describe("ratings as drift evidence, a project setting", () => {
  it("turned off on /settings, the rated-1 conversation is no drift after npm run rescore; turned on again, it is", async () => {
    const p = await createTestProject();
    const u = await createTestUser(p.projectId);
    await postEvents(p.key, { events: kiteClass("rate-a") });
    await waitScored(p.key, "rate-a", 6);
    expect(await driftOf(p.projectId, "rate-a")).toMatchObject({ flags: expect.arrayContaining(["drift"]), path: "bottomRating" });
    expect((await getProjectSettings(p.projectId)).ratingEvidence).toBe(true);

    // the box unchecked: only the hidden "off" is sent
    const save = (values: Record<string, string>) => submitForm({ page: "/settings", form: 'name="ratingEvidence"', cookie: u.cookie, values: { ...SCORING_FORM, ...values } });
    expect((await save({})).status).toBeLessThan(400);
    expect((await getProjectSettings(p.projectId)).ratingEvidence).toBe(false);
    expect((await rescore(["--project", p.projectId])).code).toBe(0);
    const off = await driftOf(p.projectId, "rate-a");
    expect(off.flags).not.toContain("drift");
    expect(off.path).not.toBe("bottomRating");

    // checked: the checkbox's "on" comes after the hidden "off" and wins
    await save({ ratingEvidence: "on" });
    expect((await getProjectSettings(p.projectId)).ratingEvidence).toBe(true);
    expect((await rescore(["--project", p.projectId])).code).toBe(0);
    expect(await driftOf(p.projectId, "rate-a")).toMatchObject({ flags: expect.arrayContaining(["drift"]), path: "bottomRating" });
  });
});
