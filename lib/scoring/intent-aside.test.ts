// The final agent takes up what the user mentioned in passing and leaves the ask (intent-aside.ts,
// judge-offline.ts asideTaken, rule `aside`): topic drift (blind-m1 bowling alley: a party asked for,
// the trainers left last time found; blind-t1 reptile shop: a credit asked for, a UV tube sold; blind-t2
// swimming lessons: a class move asked for, a cancelled lesson refunded). Near misses: the ask done and
// the remark answered too; a remark that asks for something ("oh and could you also …", a part of the
// ask); a reply's courtesy about the remark beside the ask done in other words. Domains in no
// evaluation corpus: glacier guiding, organ building, pearl diving.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, intent: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "One moment." }, { handoff: ["front", "desk"] }, { intent }, { agent: "All done." }]), DEFAULT_SETTINGS)).scores;

// [domain, ask with a remark in passing, interpretation about the remark, interpretation doing the ask]
const CASES: Array<[string, string, string, string]> = [
  [
    "glacier guiding",
    "Hi, can you book me onto the Saturday glacier trek? Oh and my crampons from last year are rusty lol.",
    "Customer wants the rusty crampons replaced with a new pair",
    "Customer wants to be booked onto Saturday's glacier trek",
  ],
  [
    "organ building",
    "Please schedule the annual tuning of our church organ for early March. Incidentally, the blower motor was making a funny noise at Christmas.",
    "Parish wants the blower motor inspected for the noise it made at Christmas",
    "Parish wants the annual organ tuning scheduled for early March",
  ],
  [
    "pearl diving",
    "I'd like to reserve a morning dive at the oyster beds for Thursday. My wetsuit is getting a bit tight by the way, ha.",
    "Guest wants a larger wetsuit ordered because the current one is tight",
    "Guest wants a Thursday morning dive reserved at the oyster beds",
  ],
];

afterEach(() => tuneDrift());

describe("the final interpretation takes up what the user mentioned in passing", () => {
  it.each(CASES)("%s: the remark taken up instead of the ask is topic drift", async (_d, ask, aside) => {
    const s = await judged(ask, aside);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("aside");
  });
  it.each(CASES)("near miss, %s: the ask done is no drift", async (_d, ask, _a, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
  it("near miss: the ask done and the remark answered too is no drift", async () => {
    const [, ask] = CASES[0];
    expect((await judged(ask, "Customer wants to be booked onto Saturday's glacier trek, and new crampons to replace the rusty ones")).intentDrift).toBe(false);
  });
  it("near miss: a remark that asks for something is a part of the ask, not an aside", async () => {
    const s = await judged("Please schedule the annual tuning of our church organ for early March. Oh and could you also look at the blower motor?", "Parish wants the blower motor inspected");
    expect(s.intentPath).not.toBe("aside");
  });
  it("near miss: a reply's courtesy about the remark is no interpretation of it", async () => {
    const ask = "want a quote for two dives at the oyster beds. ur booking page is broken btw";
    const events = conversation([{ user: ask }, { handoff: ["front", "desk"] }, { agent: "Booked: a call from our dive lead within two days to price it. Sorry again about the booking page." }]);
    expect((await analyzeConversation(events, DEFAULT_SETTINGS)).scores.intentPath).not.toBe("aside");
  });
  it("aside off: the remark's words keep the ask, as before", async () => {
    tuneDrift({}, ["aside"]);
    for (const [, ask, aside] of CASES) expect((await judged(ask, aside)).intentPath).not.toBe("aside");
  });
});
