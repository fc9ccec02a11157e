// A postcode nobody named, typed again inside the address the agent asked for (reask.ts): "where is
// the property?" answered "27 Hollins Lane, LS18 4QT - it's in my message" is the address asked for
// again, one re-ask — not a second one for a "reference", which dropout then read as a dropped id
// (blind-aw1: a bathroom fitter's site coordinator). Near misses: an issued code given beside the
// address is still its own re-ask, and a postcode asked for by name is the postcode re-asked.
// Domains in no evaluation corpus: drum lessons, skate park sessions, bookkeeping services.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const run = async (ask: string, question: string, reply: string) => {
  const a = await analyzeConversation(
    conversation([
      { user: ask },
      { agent: "Thanks, I'll pass you to the team that arranges visits." },
      { handoff: ["triage", "visits"], summary: "Customer wants a home visit arranged." },
      { agent: question },
      { user: reply },
      { agent: "Thank you, that's all booked in." },
    ]),
    DEFAULT_SETTINGS,
  );
  return { count: a.scores.reaskCount, reasked: a.handoffs.flatMap((h) => h.reasks.map((r) => r.field)), dropped: a.handoffs.flatMap((h) => h.dropped.map((d) => d.field)) };
};

const CASES: Array<[string, string, string, string]> = [
  ["drum lessons", "Hi, could the teacher come to us for Sam's first lesson? We're at 14 Mill Road, LS18 4QT, parking on the drive is fine.", "Lovely! So I can check the teacher's route, whereabouts are you?", "14 Mill Road, LS18 4QT - it's in my first message"],
  ["skate park sessions", "Can your coach do a session at our community centre, 3 Quarry Street, BD7 1PL, next Saturday?", "Happy to. Where's the venue?", "3 Quarry Street, BD7 1PL, as I said"],
  ["bookkeeping services", "I'd like someone to pick up the year's receipts from the office at 22 Ferry Road, CF11 7BQ.", "Of course. What address should the courier go to?", "22 Ferry Road, CF11 7BQ like I already said"],
];

describe("a postcode given again inside the address asked for", () => {
  it.each(CASES)("%s: one re-ask of the address, no reference dropped", async (_d, ask, question, reply) => {
    const r = await run(ask, question, reply);
    expect(r.count).toBe(1);
    expect(r.reasked).toEqual(["address"]);
    expect(r.dropped).not.toContain("reference");
  });

  it("an issued code given again beside the address is a re-ask of its own", async () => {
    const r = await run(
      "I'd like someone to pick up the receipts for client BK-30871 from 22 Ferry Road, CF11 7BQ.",
      "Of course. What address should the courier go to, and what's the client number?",
      "22 Ferry Road, CF11 7BQ and BK-30871, as I said",
    );
    expect(r.count).toBe(2);
  });

  it("a postcode asked for by name is the postcode asked for again", async () => {
    const r = await run("Can your coach do a session at our community centre, 3 Quarry Street, BD7 1PL, next Saturday?", "Happy to. What's the postcode there?", "BD7 1PL, as I said");
    expect(r.count).toBe(1);
  });
});
