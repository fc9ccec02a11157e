// A reason with its own subject and verb after a request is a clause of its own (nlp/parse.ts, rule `becauseReason`,
// thirty-fourth session, from blind-az3: "I need to know when it would get here because my nepenthes need their 12
// hours" — the request had no word of its own but the reason's, so the reason's plants and hours, which no agent
// needed to repeat, were named as a part of the ask that never reached one). The reason says why; it asks nothing,
// even where the sentence ends in "?". Near misses: "because of" a thing (no subject and verb), a reason before the
// request (rule framedPart reads those), and a request with nothing after it. Domains in no evaluation corpus:
// wheelwright repairs, bobbin lacemaking, blacksmithing courses.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { DEFAULT_SETTINGS } from "../../projects/settings";
import { conversation } from "../fixture.test-util";
import { analyzeConversation } from "../run-scorers";
import { parseText } from "./parse";

const clauses = (text: string) => parseText(text).clauses.map((c) => ({ text: c.text.trim(), request: c.request }));

afterEach(() => tuneDrift());

// [domain, sentence, the request, the reason]
const REASONS: Array<[string, string, string, string]> = [
  ["wheelwright repairs", "I need to know when the wheel would be ready because our carriage club has a show on the 20th.", "I need to know when the wheel would be ready", "because our carriage club has a show on the 20th."],
  ["bobbin lacemaking", "Could you tell me when the pillow will arrive because my beginners group starts on Monday?", "Could you tell me when the pillow will arrive", "because my beginners group starts on Monday?"],
  ["blacksmithing courses", "Can we bring it forward to the morning cos my friend has a train at four", "Can we bring it forward to the morning", "cos my friend has a train at four"],
];

describe("a reason after a request is a clause that asks nothing", () => {
  it.each(REASONS)("%s: the reason is split off and is no request", (_d, text, request, reason) => {
    expect(clauses(text)).toEqual([
      { text: request, request: true },
      { text: reason, request: false },
    ]);
  });

  it.each(REASONS)("the rule off, %s: the reason was part of the request", (_d, text) => {
    tuneDrift({}, ["becauseReason"]);
    expect(clauses(text)).toHaveLength(1);
  });

  it.each([
    ["wheelwright repairs", "Can you collect the wheel on Friday because of the rain?"],
    ["bobbin lacemaking", "Please send the pillow by courier."],
    ["blacksmithing courses", "Because my friend has a train at four, can we start at nine?"],
  ])("near miss, %s: no reason with a subject and verb after the request, the rule changes nothing", (_d, text) => {
    const read = clauses(text);
    expect(read.some((c) => c.request)).toBe(true);
    tuneDrift({}, ["becauseReason"]);
    expect(clauses(text)).toEqual(read);
  });
});

describe("the reason's words are no part of the ask that can be lost", () => {
  const judged = async (ask: string, summary: string, done: string) =>
    (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you on." }, { handoff: ["triage", "bookings"], summary }, { agent: done }]), DEFAULT_SETTINGS)).scores;
  const ASK = "I booked the hook-making taster, BS-7781, for two people. Can we bring it forward to the morning because my friend has a train at four?";
  const SUMMARY = "BS-7781 taster for two: customer wants the morning slot instead.";
  const DONE = "Done: BS-7781 is now at 9:30 in the morning, finishing by one.";

  it("blacksmithing courses: the request done, its reason not repeated, is no drift", async () => {
    expect((await judged(ASK, SUMMARY, DONE)).intentDrift).toBe(false);
  });

  it("the rule off: the request with its reason was named as a lost part (a false alarm)", async () => {
    tuneDrift({}, ["becauseReason"]);
    const s = await judged(ASK, SUMMARY, DONE);
    expect(s.intentDrift).toBe(true);
    expect(s.intentLostPart).toBe("bring it forward to the morning because my friend has a train at four");
  });

  it("near miss: a second request, never handed on, is still lost beside the reason", async () => {
    const s = await judged(`${ASK} Also please can you post the certificates to my work address.`, SUMMARY, DONE);
    expect(s.intentDrift).toBe(true);
    expect(s.intentLostPart).toMatch(/post the certificates to my work address/);
  });
});
