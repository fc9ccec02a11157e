// The brief handed to the final agent states the opposite of the ask (judge-offline.ts
// oppositeInSupport, SPEC's cancel → upgrade OpenAI Agents trace): the final reply does another thing,
// which read from the user's words alone is no verdict, and the summary it was handed says that other
// thing is wanted. Drift, kind antonym, the reason naming the brief; the same reply after a brief that
// keeps the ask stays no drift. Domains in no evaluation corpus (beekeeping supplies, taxidermy,
// canal boat hire). Most variants in other domains are decided before this rule is reached — the
// reply's own opposite action on the same thing, drift from absence, or a reply or brief naming
// something near the ask (a close word-vector: "colonies" for "hive", "flying" for "kite"), which
// makes it no "other thing" — so these cases are written to reach it: the brief and the reply name
// the thing in words the vectors do not pair with the ask's.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());
const scores = async (ask: string, brief: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["triage", "specialist"], summary: brief }, { agent: reply }]), DEFAULT_SETTINGS)).scores;

// [domain, ask, a brief stating the opposite, a brief keeping the ask, the final reply]
const CASES: Array<[string, string, string, string, string]> = [
  ["beekeeping supplies", "Please cancel my hive inspections, I'm giving up.", "Customer wants to upgrade their subscription", "Customer wants to cancel their subscription", "Great news, I can upgrade your subscription to Premium for the spring."],
  ["taxidermy", "Please delete my account and photos from your taxidermy gallery.", "Client wants to keep their profile", "Client wants to delete their profile", "Of course, I'll keep your profile live and feature it in the spring newsletter."],
  ["canal boat hire", "Please cancel my canal boat booking for May.", "Customer wants to upgrade their trip", "Customer wants to cancel their trip", "Great news, I can upgrade your trip to the wide-beam with a hot tub."],
];

describe("the brief handed to the final agent states the opposite of the ask", () => {
  it.each(CASES)("%s: drift, antonym, read from the brief", async (_d, ask, opposite, _kept, reply) => {
    const s = await scores(ask, opposite, reply);
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "antonym" });
    expect(s.intentReason).toMatch(/what it was handed says so: the user asked to \w+; the brief is to \w+$/);
  });
  it.each(CASES)("near miss, %s: the same reply after a brief that keeps the ask is no drift", async (_d, ask, _opposite, kept, reply) => {
    expect((await scores(ask, kept, reply)).intentDrift).not.toBe(true);
  });
  it("oppositeAction off: the briefs are not read, and the replies are no verdict (another thing done)", async () => {
    tuneDrift({}, ["oppositeAction"]);
    for (const [, ask, opposite, , reply] of CASES) expect((await scores(ask, opposite, reply)).intentDrift).toBeNull();
  });
});
