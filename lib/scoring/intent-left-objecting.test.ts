// The miss33 rule `leftObjecting` (intent-left-objecting.ts): the final agent works on the ask's record
// but not on what was asked — words read it as kept, sharing most of the ask's things — the user
// pushes back at it (a question, a denial) and leaves (resolution "abandoned"), with no other failure
// to explain it: drift. Near misses: the same conversation resolved; the user acknowledging ("right,
// thanks") and leaving; the user declining more help ("no, nothing else") and leaving; a re-ask that
// explains the user's displeasure. Domains in no evaluation corpus: glacier guiding, organ building,
// pearl diving.
import { afterEach, describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn, withResolution, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const ended = (steps: Step[], status: string, csat?: number): EventRecord[] => withResolution(conversation(steps), status, csat);
const score = async (events: EventRecord[]) => (await analyzeConversation(events, DEFAULT_SETTINGS)).scores;

// [domain, ask, summary to the final agent, the final agent's message, the final interpretation]
type Case = [string, string, string, string, string];
const MISREAD: Case[] = [
  [
    "glacier guiding",
    "Could you put our glacier walk GW-4471 on the easy route instead of the crevasse route? My knee is still sore.",
    "GW-4471: guest with a sore knee, question about the crevasse route on the glacier walk.",
    "Good news: I've booked you a knee brace fitting before the crevasse route on GW-4471, so your glacier walk stays as planned.",
    "Guest on GW-4471 with a sore knee wants her glacier walk on the crevasse route, with a knee brace.",
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

const steps = ([, ask, summary, last, intent]: Case, answer = "oh. ok"): Step[] => handedOn(ask, summary, last, answer, intent);

describe("the user pushed back at the final agent and left: drift", () => {
  afterEach(() => tuneDrift());
  it.each(MISREAD)("%s: a question back, then abandoned: drift", async (...c) => {
    const s = await score(ended(steps(c, "hmm, I'm not sure about that?"), "abandoned"));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("leftObjecting");
  });
  it.each(MISREAD)("%s: with the rule off, the same conversation is no drift (the words alone keep it)", async (...c) => {
    tuneDrift({}, ["leftObjecting"]);
    const s = await score(ended(steps(c, "hmm, I'm not sure about that?"), "abandoned"));
    expect(s.intentDrift).not.toBe(true);
  });
  it.each(MISREAD)("near miss, %s: the same pushback, resolved: not this rule's", async (...c) => {
    const s = await score(ended(steps(c, "hmm, I'm not sure about that?"), "resolved"));
    expect(s.intentPath).not.toBe("leftObjecting");
  });
  it.each(MISREAD)("near miss, %s: the user acknowledged and left: no verdict from the ending", async (...c) => {
    const s = await score(ended(steps(c, "right, thanks"), "abandoned"));
    expect(s.intentPath).not.toBe("leftObjecting");
  });
  it.each(MISREAD)("near miss, %s: the user declined more help and left: no verdict from the ending", async (...c) => {
    const s = await score(ended([...steps(c, "ok"), { agent: "Anything else I can help with?" }, { user: "no, nothing else, thanks" }], "abandoned"));
    expect(s.intentPath).not.toBe("leftObjecting");
  });
  it.each(MISREAD)("near miss, %s: pushed back and left, but the final agent asked again for the reference given: the re-ask explains it", async (...c) => {
    const ref = c[1].match(/[A-Z]{2}-\d{4}/)![0];
    const s = await score(ended([...steps(c, "hmm, I'm not sure about that?").slice(0, 3), { agent: "Before I start, what's your booking reference?" }, { user: `I told you, ${ref}` }, ...steps(c, "hmm, I'm not sure about that?").slice(3)], "abandoned"));
    expect(s.reaskCount).toBeGreaterThan(0);
    expect(s.intentPath).not.toBe("leftObjecting");
  });

  // rule escalatedObjecting (blind-an3): the same pushback, then the conversation handed to a person
  it.each(MISREAD)("%s: a question back, then escalated: drift", async (...c) => {
    const s = await score(ended(steps(c, "hmm, I'm not sure about that?"), "escalated"));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("leftObjecting");
  });
  it.each(MISREAD)("%s: escalated, with the rule off: not this rule's", async (...c) => {
    tuneDrift({}, ["escalatedObjecting"]);
    const s = await score(ended(steps(c, "hmm, I'm not sure about that?"), "escalated"));
    expect(s.intentPath).not.toBe("leftObjecting");
  });
  it.each(MISREAD)("near miss, %s: the user acknowledged, then escalated: no verdict from the ending", async (...c) => {
    const s = await score(ended(steps(c, "right, thanks"), "escalated"));
    expect(s.intentPath).not.toBe("leftObjecting");
  });
});
