// "… I've refunded the £48.00 difference to your card. Allow 3-5 days.": an imperative whose only thing outside a phrase
// is a span of time tells the user how long to wait; it does nothing to the thing asked about, so it opposes no "stop"
// asked (rule `spanOnly`, judge-offline.ts; blind-an's wedding-cake customer, a false alarm on clean that rule `noLonger`
// would have raised). Near misses: "allow" with a thing of its own still opposes a stop. Domains in no corpus: a
// junk-journal kit subscription, swing dance classes, a wild-swimming guide.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";

afterEach(() => tuneDrift());
const scores = scoresHandedOn;

const JOURNAL = "Please stop my junk journal kit subscription.";
const SWING = "I need to stop my swing dance classes from next week.";
const SWIM = "Could you stop the wild swimming guide booking for Sunday?";

const WAITS: Array<[string, string, string, string]> = [
  ["junk-journal kits", JOURNAL, "Stop junk journal kit subscription.", "Your junk journal subscription is cancelled. Please allow 3-5 days for the final refund to show."],
  ["swing dance classes", SWING, "Stop swing dance classes from next week.", "Your swing dance classes are cancelled from next week; allow two weeks for the refund."],
  ["wild-swimming guide", SWIM, "Stop wild swim guide Sunday.", "The Sunday wild swimming booking is cancelled. Allow 48 hours for the deposit to come back."],
];

describe("spanOnly: a wait is no action on the thing", () => {
  it.each(WAITS)("%s: no drift", async (_d, ask, summary, reply) => {
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
  it.each(WAITS)("%s: rule off, 'allow' read against the stop", async (_d, ask, summary, reply) => {
    tuneDrift({}, ["spanOnly"]);
    const s = await scores(ask, summary, reply);
    expect([s.intentDrift, s.intentReason]).toEqual([true, "the user asked to stop; the final interpretation is to allow"]);
  });
  it.each([
    ["junk-journal kits", JOURNAL, "Stop junk journal kit subscription.", "I have allowed your junk journal subscription to carry on for another month."],
    ["swing dance classes", SWING, "Stop swing dance classes from next week.", "We will allow your swing dance classes another two weeks before anything changes."],
  ])("near miss, %s: 'allow' with a thing of its own is still read", async (_d, ask, summary, reply) => {
    const s = await scores(ask, summary, reply);
    expect([s.intentDrift, s.intentDriftKind]).toEqual([true, "antonym"]);
  });
});
