// Another thing done, read against an earlier statement of the ask (intent.ts throughEarlier, path
// "earlier>otherThing"), is drift only when the user asked again for what they first asked
// (RULE.askedAgain; issue 12, drift17). A specialist states the ask in its trade's words ("the
// gutters cleared" → "unblock the downpipes and flush the troughs"), which the word vectors pair no
// better than the user's own words: read from those, the judge abstains, and on held-out text this
// path was wrong in all of its 5 verdicts (3 clean conversations). The user whose ask the agents left
// asks for it again ("Sorry, can you still clear the gutters?"); one whose ask was taken up in other
// words does not. Near misses (the trade's words, no second request: no drift claimed) and failure
// cases (the user asks again and the final agent states another thing: drift) in domains in no
// evaluation corpus (gutter cleaning, aquarium servicing, car valeting); switching the rule off
// must make the near misses drift again.
import { afterEach, describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { analyzeConversation } from "./run-scorers";

function events(ask: string, summary: string, reply: string, again: string | null, intent: string): EventRecord[] {
  const base = (i: number) => ({ id: `e${i}`, conversationId: "c", timestamp: new Date(Date.UTC(2026, 11, 3, 9, 0, i)).toISOString() });
  return [
    { ...base(0), type: "message", role: "user", content: ask },
    { ...base(1), type: "message", role: "agent", agent: "intake", content: "Thanks, passing you to our bookings desk." },
    { ...base(2), type: "handoff", agent: "intake", from: "intake", to: "desk", mode: "transfer", summary, payload: {} },
    { ...base(3), type: "message", role: "agent", agent: "desk", content: reply },
    ...(again ? [{ ...base(4), type: "message", role: "user", content: again }] : []),
    { ...base(5), type: "intent", agent: "desk", intent },
  ] as EventRecord[];
}
const verdict = async (...a: Parameters<typeof events>) => (await analyzeConversation(events(...a), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

// [domain, ask, summary handed on, the desk's reply, its intent in the trade's words, a reply going elsewhere, the user asking again, an intent stating another thing]
const CASES: Array<[string, string, string, string, string, string, string, string]> = [
  ["gutter cleaning", "Hi, could you clear the gutters at 12 Rose Street? They overflow every time it rains.", "Customer wants the gutters cleared at 12 Rose Street.", "Morning! We can come on Tuesday.", "unblock the downpipes and flush the troughs at 12 Rose Street", "Morning! We also sell pressure washers.", "Sorry, can you still clear the gutters?", "install a doorbell camera at 12 Rose Street"],
  ["aquarium servicing", "Can you service my aquarium on Monday? The water has gone cloudy.", "Customer wants the aquarium serviced on Monday.", "Hello, Monday at 10 is free.", "siphon the gravel and swap the filter floss on Monday", "Hello, we have koi pellets on offer.", "But can you service the aquarium?", "deliver a bag of koi pellets on Monday"],
  ["car valeting", "I'd like my car valeted before Saturday, it's for my daughter's wedding.", "Customer wants the car valeted before Saturday.", "Congratulations! Thursday works.", "shampoo the seats and polish the bodywork before Saturday", "Congratulations! Is the windscreen chipped?", "Can I still get the car valeted?", "quote a new windscreen"],
];

describe("another thing done against an earlier statement of the ask needs the user to ask again", () => {
  it.each(CASES)("near miss, %s: the ask stated in the trade's words, no second request: no drift claimed", async (_d, ask, summary, reply, intent) => {
    const s = await verdict(ask, summary, reply, null, intent);
    expect(s.intentDrift).not.toBe(true);
    expect(s.intentPath).not.toBe("earlier>otherThing");
  });
  it.each(CASES)("%s: the user asks again and the final agent states another thing: drift", async (_d, ask, summary, _reply, _intent, elsewhere, again, other) => {
    const s = await verdict(ask, summary, elsewhere, again, other);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toMatch(/^earlier>/);
  });
  it.each(CASES)("%s, rule off: the near miss is drift again (earlier>otherThing)", async (_d, ask, summary, reply, intent) => {
    tuneDrift({}, ["askedAgain"]);
    const s = await verdict(ask, summary, reply, null, intent);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("earlier>otherThing");
  });
});
