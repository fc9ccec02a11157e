// The conversation's context-bytes score is the largest of its effective handoffs' bytes. speed32b:
// run-scorers reads them from each handoff's analysis (contextBytes serialises the handed context;
// it ran twice per effective handoff) through scoreContextOf; the reference serialises every effective
// link afresh and takes the largest. Original-corpus fixtures with an ignored handoff, a fan-out and
// a deep chain, then invented ones (glacier guiding, organ building, pearl diving) and a near miss:
// no handoff at all.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { buildChain } from "./chain";
import { conversation } from "./conversation.test-util";
import { fixtureEvents } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { contextBytes } from "./structure";
import { buildTimeline } from "./timeline";
import type { EventRecord } from "../ingest/schemas";

async function same(events: EventRecord[]) {
  const a = await analyzeConversation(events, DEFAULT_SETTINGS);
  const bytes = buildChain(buildTimeline(events)).filter((l) => l.effective).map(contextBytes);
  expect(a.scores.contextBytes).toBe(bytes.length ? Math.max(...bytes) : null);
  if (!bytes.length) expect(a.scoreReasons.contextBytes).toBe("no handoffs");
  else expect(a.scoreReasons.contextBytes).toBeUndefined();
  return a;
}

describe("context bytes from the handoffs' own figures", () => {
  it.each(["role-second-wins", "role-multiple-requested", "deep-10", "near-depth-5"])("fixture %s", async (name) => {
    await same(fixtureEvents(name));
  });
  it("glacier guiding: two handoffs asked at once, the larger one ignored (its bytes left out)", async () => {
    const a = await same(conversation([
      { user: "Book the Blue Ice route for four on Tuesday, booking GL-44120" },
      { from: "desk", to: "kit", summary: "crampons x4, sizes to follow", payload: { crampons: 4, sizes: [38, 41, 42, 44], note: "a longer handed context than the other" } },
      { from: "desk", to: "guides", summary: "Blue Ice, four, Tuesday", payload: { booking: "GL-44120" } },
      { agent: "guides", says: "Booked for Tuesday." },
    ]));
    expect(a.handoffs.map((h) => h.flags.includes("ignored"))).toEqual([true, false]);
    expect(a.handoffs[0].contextBytes).toBeGreaterThan(a.handoffs[1].contextBytes);
    expect(a.scores.contextBytes).toBe(a.handoffs[1].contextBytes);
  });
  it("organ building: a state handed over counts", async () => {
    await same(conversation([
      { user: "Re-voice the Swell reeds, job OB-2231" },
      { from: "office", to: "workshop", summary: "re-voice Swell reeds", stateAfter: { job: "OB-2231", stops: ["Oboe", "Trumpet"] } },
      { agent: "workshop", says: "On the bench this week." },
    ]));
  });
  it("pearl diving (near miss): no handoff, so no score and its reason", async () => {
    await same(conversation([{ user: "Two dives for Saturday please" }, { agent: "desk", says: "Done." }]));
  });
});
