// The miss33 rule `escalatedEnd` (intent-escalated.ts): the final agent works on the ask's record but
// not on what was asked — words read it as kept, sharing most of the ask's things — and the
// conversation ends escalated with no other failure to explain it: drift. Near misses: the same
// conversation resolved; escalated because the user asked for a manager; escalated with a re-ask that
// explains it; the user leaving (abandoned) is not read by this rule. Domains in no evaluation corpus:
// glacier guiding, organ building, pearl diving.
import { afterEach, describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const ended = (steps: Step[], status: string, csat?: number): EventRecord[] => {
  const events = conversation(steps);
  const last = events.at(-1)!;
  const end = { id: "end", conversationId: "c", timestamp: new Date(Date.parse(last.timestamp as string) + 1000).toISOString(), type: "resolution", agent: "desk", status, ...(csat === undefined ? {} : { csat }) };
  return [...events, end as EventRecord];
};
const score = async (events: EventRecord[]) => (await analyzeConversation(events, DEFAULT_SETTINGS)).scores;

// [domain, ask, summary to the final agent, the final agent's message, the final interpretation]
type Case = [string, string, string, string, string];
const MISREAD: Case[] = [
  [
    "glacier guiding",
    "Could you put our glacier walk GW-4471 on the easy route instead of the crevasse route? My knee is still sore.",
    "GW-4471: guest with a sore knee, question about the crevasse route on the glacier walk.",
    "Good news: I've booked you a knee brace fitting before the crevasse route on GW-4471, so your glacier walk stays as planned.",
    "Guest on GW-4471 wants a knee brace for the crevasse route of the glacier walk.",
  ],
  [
    "organ building",
    "Could you re-leather the bellows on our chapel organ, job OQ-2210, before the carol service? They wheeze on every chord.",
    "OQ-2210: question about the chapel organ bellows before the carol service.",
    "I've booked a tuning of the chapel organ on OQ-2210 before the carol service, and the bellows will be looked at then.",
    "Parish wants the chapel organ on OQ-2210 tuned before the carol service, with the bellows looked at.",
  ],
  [
    "pearl diving",
    "Please cut my pearl dive PD-9034 down to the morning only, I can't hold my breath for two sessions yet.",
    "PD-9034: diver asking about the length of the pearl dive sessions.",
    "I've booked PD-9034 for the morning and the afternoon pearl dive sessions, with a breath-hold coach for both.",
    "Diver on PD-9034 wants both pearl dive sessions with a breath-hold coach.",
  ],
];

const steps = ([, ask, summary, last, intent]: Case, answer = "oh. ok"): Step[] => [
  { user: ask },
  { agent: "Thanks, passing you on now." },
  { handoff: ["desk", "specialist"], summary },
  { agent: last },
  { user: answer },
  { intent },
];

describe("a conversation that ends escalated with nothing else to explain it: drift", () => {
  afterEach(() => tuneDrift());
  it.each(MISREAD)("%s: escalated, the words share the ask's things: drift", async (...c) => {
    const s = await score(ended(steps(c), "escalated"));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("escalated");
  });
  it.each(MISREAD)("%s: with the rule off, the same conversation is no drift (the words alone keep it)", async (...c) => {
    tuneDrift({}, ["escalatedEnd"]);
    const s = await score(ended(steps(c), "escalated"));
    expect(s.intentDrift).not.toBe(true);
  });
  it.each(MISREAD)("near miss, %s: resolved: no verdict from the ending", async (...c) => {
    const s = await score(ended(steps(c), "resolved"));
    expect(s.intentPath).not.toBe("escalated");
  });
  it.each(MISREAD)("near miss, %s: the user left (abandoned), rated nothing: not this rule's", async (...c) => {
    const s = await score(ended(steps(c), "abandoned"));
    expect(s.intentPath).not.toBe("escalated");
  });
  it.each(MISREAD)("near miss, %s: the user asked for a manager and the conversation was escalated to one: no drift", async (...c) => {
    const ask = `${c[1]} If you can't do it, put me through to a manager.`;
    const s = await score(ended(steps([c[0], ask, c[2], "I'll pass you to the duty manager, who can look at this.", "Customer wants to speak to the duty manager."], "ok"), "escalated"));
    expect(s.intentPath).not.toBe("escalated");
  });
  it.each(MISREAD)("near miss, %s: escalated, but the final agent asks again for the reference given: the re-ask explains it", async (...c) => {
    const ref = c[1].match(/[A-Z]{2}-\d{4}/)![0];
    const s = await score(ended([...steps(c).slice(0, 3), { agent: "Before I start, what's your booking reference?" }, { user: `I told you, ${ref}` }, ...steps(c).slice(3)], "escalated"));
    expect(s.reaskCount).toBeGreaterThan(0);
    expect(s.intentPath).not.toBe("escalated");
  });
});
