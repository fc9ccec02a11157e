// A relay: the front desk hands the whole ask to a lead, the lead asks the user one thing and hands on to a clerk,
// and the clerk's handoff leaves one part out ("+ vintage photo session" never reaches it). lostPart reads every hop,
// so the part the first hop carried counted as reached; rule `relayDropped` (intent.ts relayLeg) reads the hops from
// the final agent's side. Development +5 found, no false alarm; held out +5 found, +1 false alarm (on clean). Near
// misses: the last hop carries the part; the lead did something with a tool that is not a read (a desk that does a part
// and passes on the rest); the task came back to a desk that had held it; the user asked for more after the first
// handoff; a worker reported back on the part; a part in a sentence of its own, the answer rated 5 (topRatingPart, as
// for lostPart). Domains in no corpus: penny-farthing tours, bodhran lessons, a trolleybus museum.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation, withResolution, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());

const scores = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores!;

interface Relay {
  domain: string;
  ask: string;
  /** the first hop's summary: the whole ask */
  first: string;
  question: string;
  answer: string;
  /** the second hop's summary: the part left out */
  second: string;
  /** the second hop's summary with the part */
  secondWhole: string;
  done: string;
  lost: string;
}

const RELAYS: Relay[] = [
  {
    domain: "penny-farthing tours",
    ask: "Hi, I'd like to book two places on the Sunday penny-farthing tour. Could you also add the vintage photo session at the end? Email is sam.k@example.com",
    first: "Sunday penny-farthing tour, 2 riders, + vintage photo session afterwards. sam.k@example.com",
    question: "Have either of you ridden a high-wheeler before?",
    answer: "no, first time for both",
    second: "2 novice riders, Sunday tour. sam.k@example.com",
    secondWhole: "2 novice riders, Sunday tour, then the vintage photo session. sam.k@example.com",
    done: "You're both booked on Sunday's 10:00 tour with a novice briefing first; the confirmation is on its way to sam.k@example.com.",
    lost: "add the vintage photo session at the end",
  },
  {
    domain: "bodhran lessons",
    ask: "Can you enrol my daughter in the Tuesday beginners' bodhran class, and please order her a 14 inch drum with a tipper?",
    first: "Enrol daughter in Tue beginners bodhran; order 14in drum + tipper for her.",
    question: "How old is she, and has she got a drum of her own yet?",
    answer: "she's 12 and no drum yet",
    second: "Enrol 12yo in Tue beginners.",
    secondWhole: "Enrol 12yo in Tue beginners; order a 14in drum and tipper.",
    done: "She's enrolled in the Tuesday beginners' class starting on the 4th; the first lesson is at 6pm in the upstairs room.",
    lost: "order her a 14 inch drum with a tipper",
  },
  {
    domain: "trolleybus museum",
    ask: "We'd like to book a guided depot tour for a school group of 30 on 12 June. Can you also arrange a ride on the restored 1950s trolleybus for them?",
    first: "Depot tour, school group of 30 on 12 June, plus a ride on the restored 1950s trolleybus.",
    question: "Which school is it?",
    answer: "Hillside Primary",
    second: "Hillside Primary, 30 pupils, 12 June depot tour.",
    secondWhole: "Hillside Primary, 30 pupils, 12 June depot tour and a ride on the restored trolleybus.",
    done: "Hillside Primary is booked for your visit on 12 June: 30 pupils arriving at 10am, with a guided tour of the depot and the lunch room from noon.",
    lost: "arrange a ride on the restored 1950s trolleybus for them",
  },
];

/** front → lead (the whole ask), the lead asks and hands on to the clerk with `second`, the clerk answers. */
const relay = (r: Relay, second = r.second, between: Step[] = []): Step[] => [
  { user: r.ask },
  { handoff: ["front", "lead"], summary: r.first },
  { agent: r.question },
  { user: r.answer },
  ...between,
  { handoff: ["lead", "clerk"], summary: second },
  { agent: r.done },
];

describe("relayDropped: a part handed on at the first hop and dropped at the next", () => {
  it.each(RELAYS.map((r) => [r.domain, r] as const))("%s: partial drift naming the part", async (_d, r) => {
    const s = await scores(relay(r));
    expect([s.intentDrift, s.intentDriftKind, s.intentPath, s.intentLostPart]).toEqual([true, "partial", "relayDropped", r.lost]);
    expect(s.intentReason).toBe(`part of the ask was handed on at an earlier hop and dropped before the final agent: “${r.lost}”`);
  });
  it.each(RELAYS.map((r) => [r.domain, r] as const))("%s: rule off, not found", async (_d, r) => {
    tuneDrift({}, ["relayDropped"]);
    expect((await scores(relay(r))).intentDrift).toBe(false);
  });
  it.each(RELAYS.map((r) => [r.domain, r] as const))("near miss, %s: the last hop carries the part", async (_d, r) => {
    expect((await scores(relay(r, r.secondWhole))).intentDrift).toBe(false);
  });
  it.each(RELAYS.map((r) => [r.domain, r] as const))("near miss, %s: the lead did something by a tool before handing on", async (_d, r) => {
    expect((await scores(relay(r, r.second, [{ tool: "reserve_slot", args: { ref: "R-1" } }]))).intentDrift).toBe(false);
  });
  it.each(RELAYS.map((r) => [r.domain, r] as const))("%s: a tool that only reads does not excuse the drop", async (_d, r) => {
    expect((await scores(relay(r, r.second, [{ tool: "lookup_availability", args: { ref: "R-1" } }]))).intentPath).toBe("relayDropped");
  });
  it.each(RELAYS.map((r) => [r.domain, r] as const))("near miss, %s: the task comes back to the front desk", async (_d, r) => {
    const steps: Step[] = [{ user: r.ask }, { handoff: ["front", "lead"], summary: r.first }, { agent: r.question }, { user: r.answer }, { handoff: ["lead", "front"], summary: r.second }, { agent: r.done }];
    expect((await scores(steps)).intentPath).not.toBe("relayDropped");
  });
  it.each(RELAYS.map((r) => [r.domain, r] as const))("near miss, %s: the user asked for more after the first handoff", async (_d, r) => {
    const more = { ...r, answer: `${r.answer}. Can you send the receipt to me as well?` };
    expect((await scores(relay(more))).intentPath).not.toBe("relayDropped");
  });
  it.each(RELAYS.map((r) => [r.domain, r] as const))("near miss, %s: a worker reports back on the part", async (_d, r) => {
    const worker: Step[] = [
      { handoff: ["lead", "worker"], summary: r.first, mode: "delegate" },
      { handoff: ["worker", "lead"], summary: `Done: ${r.first}`, mode: "return" },
    ];
    expect((await scores(relay(r, r.second, worker))).intentDrift).toBe(false);
  });
  it("near miss, penny-farthing tours: a part in a sentence of its own, the answer resolved and rated 5", async () => {
    const r = { ...RELAYS[0], ask: "Hi, I'd like to book two places on the Sunday penny-farthing tour. Please add the vintage photo session at the end. Email is sam.k@example.com" };
    const events = conversation(relay(r));
    expect((await analyzeConversation(events, DEFAULT_SETTINGS)).scores!.intentPath).toBe("relayDropped");
    expect((await analyzeConversation(withResolution(events, "resolved", 5, "clerk"), DEFAULT_SETTINGS)).scores!.intentDrift).toBe(false);
  });
});
