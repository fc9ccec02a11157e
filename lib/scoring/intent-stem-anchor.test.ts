// The drift21r rule `stemAnchor` (intent.ts findLostPart): a part of the ask doing an action of its
// own ("stop sending me the paper magazine", "apply my discount") reaches an agent only through a
// text naming one of its words by stem or the lexicon, not through word-vector neighbours alone
// ("weekly" near "magazine", "price" near "discount", "use" near "apply"): words that come with any
// summary of the other part. Failure cases and near misses are written here in domains no
// evaluation corpus covers (beekeeping supplies, bookbinding, tyre fitting); in each failure the
// second part reaches no agent, and a downstream text holds only vector neighbours of its words.
// Near misses: the part named by its own word downstream; a part that asks a question (paraphrased
// whole, it keeps the vectors' bar). Switching the rule off must make the failure cases fail.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask, the handoff's summary, the final agent's message]
type Case = [string, string, string, string];
const FAILS: Case[] = [
  ["beekeeping supplies", "Please add a second brood box to order BK-2231. And please stop sending me the paper magazine, I read it online.", "BK-2231: add a second brood box to the weekly order.", "Second brood box added to BK-2231, £38, arriving with your weekly order."],
  ["bookbinding", "Could you rebind my grandmother's recipe book in green cloth? Job BB-5510. And please scan the old photos for me.", "BB-5510: rebind the illustrated recipe book in green cloth.", "Rebinding in green cloth is booked for BB-5510; the pictures and any printed pages will be protected."],
  ["tyre fitting", "I'd like two new front tyres fitted on Saturday morning, reg KT19 ABC, and please apply my discount.", "KT19 ABC: two front tyres on Saturday morning, price to be confirmed.", "Booked: two front tyres for KT19 ABC, Saturday 9:00; we will use the standard price of £180 fitted."],
];

const NEAR: Case[] = [
  // the part named by its own word downstream
  ["beekeeping supplies", FAILS[0][1], "BK-2231: add a second brood box; stop the paper magazine.", "Second brood box added to BK-2231, £38, and the magazine is stopped."],
  ["bookbinding", FAILS[1][1], FAILS[1][2], "Rebinding in green cloth is booked for BB-5510, and the old photos will be scanned to your email."],
  // a question, not an action of its own: a vector neighbour still takes it up
  ["tyre fitting", "I'd like two new front tyres fitted on Saturday morning, reg KT19 ABC. Is my discount still valid?", FAILS[2][2], FAILS[2][3]],
];

const steps = ([, ask, summary, last]: Case): Step[] => [{ user: ask }, { handoff: ["front", "desk"], summary }, { agent: last }];

describe("a part doing an action reached only by vector neighbours: lost", () => {
  afterEach(() => tuneDrift());
  it.each(FAILS)("%s: drift", async (...c) => {
    const s = await score(steps(c));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("lostPart");
  });
  it.each(NEAR)("near miss, %s: no drift", async (...c) => {
    expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
  it("stemAnchor off: the vector neighbours take the part up again", async () => {
    tuneDrift({}, ["stemAnchor"]);
    for (const c of FAILS) expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
});
