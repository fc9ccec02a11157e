// A drift flag's rule record on GET /api/v1/conversations/{id} (lib/scoring/drift-record.ts,
// lib/reviews/rule-reviews.ts), over real HTTP against the running app and real PostgreSQL: an offline
// drift flag carries its rule's held-out record and, once the project reviewed flags of that rule, how
// many its reviews call right — counted from this project's reviews only, against the current verdicts;
// a preserved verdict (the near miss: both parts handed over) carries neither.
import { describe, expect, it } from "vitest";
import { REVIEW_FLAGS, type ReviewFlag } from "../../lib/reviews/filters";
import { ruleRecord } from "../../lib/scoring/drift-record";
import { createTestProject, getJson, keyRequest, postEvents, waitScored } from "../helpers/api";
import { twoPartAskConversation } from "../helpers/conversations";

const labels = (yes: ReviewFlag[]) => Object.fromEntries(REVIEW_FLAGS.map((f) => [f, yes.includes(f)]));
const LAPTOP_ONLY = "New starter Chloe Park needs a laptop.";
const detail = async (key: string, id: string) => (await getJson(`/api/v1/conversations/${id}`, key)).json();

describe("a drift flag's rule record", () => {
  it("is the rule's held-out record, with the project's own reviews of that rule once there are some", async () => {
    const p = await createTestProject();
    const other = await createTestProject();
    await postEvents(p.key, { events: [...twoPartAskConversation("partial-a", LAPTOP_ONLY), ...twoPartAskConversation("partial-b", LAPTOP_ONLY)] });
    await postEvents(p.key, { events: twoPartAskConversation("both", "New starter Chloe Park needs a laptop and a second monitor.") });
    await postEvents(other.key, { events: twoPartAskConversation("partial-a", LAPTOP_ONLY) });
    const a = await waitScored(p.key, "partial-a", 3);
    await waitScored(p.key, "partial-b", 3);
    const both = await waitScored(p.key, "both", 3);
    await waitScored(other.key, "partial-a", 3);

    expect(a.scores).toMatchObject({ intentDrift: true, intentJudge: "offline", intentPath: "lostPart" });
    const held = ruleRecord("lostPart");
    expect(held).not.toBeNull();
    expect(held!.flagged).toBeGreaterThan(0);
    expect(a.intentRuleRecord).toEqual(held);
    expect(a.intentRuleReviews).toBeNull(); // nothing reviewed yet
    // the near miss is preserved: no record, no reviews
    expect(both.scores).toMatchObject({ intentDrift: false });
    expect(both.intentRuleRecord).toBeNull();
    expect(both.intentRuleReviews).toBeNull();

    // the other project's reviewer calls its flag wrong: not this project's review
    expect((await keyRequest(other.key, "/api/v1/conversations/partial-a/review", "PUT", { labels: labels([]) })).status).toBe(200);
    expect((await detail(p.key, "partial-a")).intentRuleReviews).toBeNull();

    // this project's reviewers: one flag right, one wrong; a review of the preserved near miss is no flag of the rule
    for (const [id, yes] of [["partial-a", ["drift"]], ["partial-b", []], ["both", ["drift"]]] as const) {
      expect((await keyRequest(p.key, `/api/v1/conversations/${id}/review`, "PUT", { labels: labels([...yes]) })).status).toBe(200);
    }
    const after = await detail(p.key, "partial-b");
    expect(after.intentRuleReviews).toEqual({ flagged: 2, right: 1 });
    expect(after.intentRuleRecord).toEqual(held);
    expect((await detail(p.key, "both")).intentRuleReviews).toBeNull();
    expect((await detail(other.key, "partial-a")).intentRuleReviews).toEqual({ flagged: 1, right: 0 });
  });

  it("is not shown to a wrong key", async () => {
    const res = await getJson("/api/v1/conversations/partial-a", "bk_not_a_key");
    expect(res.status).toBe(401);
    expect(JSON.stringify(await res.json())).not.toContain("intentRuleRecord");
  });
});
