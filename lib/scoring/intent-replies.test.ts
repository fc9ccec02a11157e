// An intent event is judged with what the final agent then told the user (intent.ts, RULE.replies;
// issue 12, drift13p): an agent states the ask in its own trade's words ("a leak detection
// inspection", "a cover-up design consultation") and its replies act on it in words nearer the
// user's. Near misses (a paraphrased intent event, kept) and failure cases (an intent event about
// another thing, whose replies act on that thing) in domains in no evaluation corpus (chimney
// sweeping, upholstery, bouncy castle hire); switching the rule off must lose the near misses.
import { afterEach, describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { analyzeConversation } from "./run-scorers";

function events(ask: string, summary: string, intent: string, replies: string[]): EventRecord[] {
  const base = (i: number) => ({ id: `e${i}`, conversationId: "c", timestamp: new Date(Date.UTC(2026, 11, 2, 9, 0, i)).toISOString() });
  return [
    { ...base(0), type: "message", role: "user", content: ask },
    { ...base(1), type: "handoff", agent: "front", from: "front", to: "desk", mode: "transfer", summary, payload: {} },
    { ...base(2), type: "intent", agent: "desk", intent },
    ...replies.map((content, i) => ({ ...base(3 + i), type: "message", role: "agent", agent: "desk", content })),
  ] as EventRecord[];
}
const drift = async (...a: Parameters<typeof events>) => (await analyzeConversation(events(...a), DEFAULT_SETTINGS)).scores.intentDrift;

afterEach(() => tuneDrift());

const KEPT: Array<[string, ...Parameters<typeof events>]> = [
  ["chimney sweeping", "There's black soot falling into the fireplace and the room smells of smoke. Can someone come and clean it out before the weekend?", "Soot falling into the fireplace, smoke smell, wants it cleaned before the weekend.", "book a flue sweep and smoke draw test", ["We'll clean out the chimney on Thursday morning and check the smoke draws properly, so the soot stops falling into the fireplace."]],
  ["upholstery", "The cat has shredded the arms of my velvet sofa. I'd like them redone in the same green velvet if possible.", "Sofa arms shredded by the cat, wants them redone in matching green velvet.", "quote to recover the armrests in matching fabric", ["We can redo both sofa arms in the same green velvet; a quote for the two arms follows by email."]],
  ["bouncy castle hire", "Can I get the big bouncy castle for my son's party on the 14th? Garden is flat.", "Big bouncy castle wanted for a party on the 14th, flat garden.", "reserve the large inflatable for a private event", ["The big bouncy castle is booked for your son's party on the 14th; we set it up at 9."]],
];
const DEPARTED: Array<[string, ...Parameters<typeof events>]> = [
  ["chimney sweeping", "There's black soot falling into the fireplace and the room smells of smoke. Can someone come and clean it out before the weekend?", "Soot falling into the fireplace, smoke smell, wants it cleaned before the weekend.", "sell the customer a new electric heater", ["Our showroom has electric heaters from £89; shall I reserve one for collection?"]],
  ["upholstery", "The cat has shredded the arms of my velvet sofa. I'd like them redone in the same green velvet if possible.", "Sofa arms shredded by the cat, wants them redone in matching green velvet.", "arrange removal and disposal of the old settee", ["Our van can take the settee away for disposal on Friday for £40."]],
  ["bouncy castle hire", "Can I get the big bouncy castle for my son's party on the 14th? Garden is flat.", "Big bouncy castle wanted for a party on the 14th, flat garden.", "send the customer a catering menu for the celebration", ["Here's our catering menu: sandwiches, cake and juice from £6 a head."]],
];

describe("an intent event is judged with the final agent's replies to the user", () => {
  it.each(KEPT)("near miss, %s: a paraphrased intent is no drift, and without the rule it is not shown kept", async (_d, ...a) => {
    expect(await drift(...a)).toBe(false);
    tuneDrift({}, ["replies"]);
    expect(await drift(...a)).not.toBe(false);
  });
  // (RULE.askedAgain off: the user here never asks again, which another thing done against the earlier
  // summary now needs to be drift: intent-asked-again.test.ts)
  it.each(DEPARTED)("failure case, %s: an intent about another thing, acted on in the replies, is still drift", async (_d, ...a) => {
    tuneDrift({}, ["askedAgain"]);
    expect(await drift(...a)).toBe(true);
  });
});
