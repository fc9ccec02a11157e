// An item the customer adds as a bare phrase ("+ 10 spare invitations too") stays an added item when an adjunct
// follows it — a comma, or "while", "because", "if" … and a clause saying when, why or on what condition (rule
// `fragmentAdjunct`, intent.ts fragmentHead), from blind-am1: "Proof for the order of service booklets is approved,
// please print 70. + 10 spare invitations too while the press is set up" read the "is" of the adjunct as the item's
// own verb, so the spare invitations were no part and their loss at the handoff went unseen. Near misses: the
// item handed on is no loss; a piece whose own words state something ("and the oven is broken") adds nothing.
// (Since the figure joinedPartReached, an added item handed on without its condition — "and 12 cupcakes" for
// "12 cupcakes as well if the oven has room" — is read as lost: the condition's words count against the item,
// which needs two fifths of its words named. The cake summary carries the condition; docs/evaluation.md,
// twenty-ninth session, measures the cost of a bar over the words before the adjunct only.)
// Domains in no evaluation corpus: a screen-printing shop, a sign writer, a cake bakery.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());
const scores = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

const handled = (ask: string, summary: string, reply: string): Step[] => [
  { user: ask },
  { handoff: ["front-desk", "production"], summary },
  { agent: reply },
];

// [domain, ask, summary that leaves the item out, reply, summary that carries it]
const CASES: Array<[string, string, string, string, string]> = [
  ["screen printing", "Artwork for the club hoodies is approved, please print 40. + 6 spare vests too while the screens are set up", "Club hoodie artwork approved: print 40 hoodies.", "Your 40 club hoodies are booked in for printing on Thursday.", "Club hoodie artwork approved: print 40 hoodies, plus 6 spare vests."],
  ["sign writing", "Please paint the shop fascia in gold leaf. also a small door plaque if the leaf stretches that far", "Shop fascia approved in gold leaf.", "The gold-leaf fascia is scheduled for next Monday.", "Shop fascia approved in gold leaf; small door plaque too."],
  ["cake bakery", "The three-tier sponge is confirmed for Saturday. n 12 cupcakes as well if the oven has room", "Three-tier sponge confirmed for Saturday.", "Your three-tier sponge will be ready for collection on Saturday at 10.", "Three-tier sponge confirmed for Saturday, and 12 cupcakes if the oven has room."],
];

describe("an added item followed by an adjunct is a part that can be lost", () => {
  it.each(CASES)("%s: the item left out of the handoff is lost", async (_d, ask, summary, reply) => {
    const s = await scores(handled(ask, summary, reply));
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
  });
  it.each(CASES)("fragmentAdjunct off, %s: the adjunct's verb hid the item", async (_d, ask, summary, reply) => {
    tuneDrift({}, ["fragmentAdjunct"]);
    expect((await scores(handled(ask, summary, reply))).intentDrift).not.toBe(true);
  });
  it.each(CASES)("near miss, %s: the item handed on is no loss", async (_d, ask, _summary, reply, carried) => {
    expect((await scores(handled(ask, carried, reply))).intentDriftKind).not.toBe("partial");
  });
  it("near miss: a piece that states something adds no item", async () => {
    const s = await scores(handled("The three-tier sponge is confirmed for Saturday. and the oven is broken, so no rush", "Three-tier sponge confirmed for Saturday.", "Your three-tier sponge will be ready on Saturday at 10."));
    expect(s.intentDriftKind).not.toBe("partial");
  });
});
