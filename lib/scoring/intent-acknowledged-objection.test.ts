// The user's correction softened by an acknowledgement and "but" (intent-objection-forms.ts, rule
// `acknowledgedObjection`, thirty-fourth session): "that's nice but it wasn't what I asked. … what about the part
// livery??" (blind-az3: a horse owner asking to move to part livery, answered with the farrier visit she had said was
// booked), "Thanks, but that isn't what we wanted", "ok but it's the opposite" — and "it" for the reply, as "that"
// ("it wasn't what I asked"). Near misses: an acknowledgement with nothing contradicted ("thanks, that's lovely"), an
// acknowledgement and "but" before a new request ("that's nice but can you also …"), and the ask done as asked.
// Domains in no evaluation corpus: wheelwright repairs, bobbin lacemaking, blacksmithing courses.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, done: string, reply: string) =>
  (
    await analyzeConversation(
      conversation([{ user: ask }, { agent: "Thank you, I'll pass you to my colleague." }, { handoff: ["triage", "desk"] }, { agent: done }, { user: reply }, { agent: "Glad to help, anything else?" }]),
      DEFAULT_SETTINGS,
    )
  ).scores;

// [domain, the ask, what the final agent did (another thing), the user's softened correction]
const SOFTENED: Array<[string, string, string, string]> = [
  [
    "wheelwright repairs",
    "Our cart wheel WR-3310 has two cracked spokes, can you quote for replacing them?",
    "I've booked WR-3310 in for a tyre re-set on the 14th, £120, and we'll collect the wheel on the morning.",
    "that's nice but it wasn't what I asked.",
  ],
  [
    "bobbin lacemaking",
    "Please move me from the Tuesday lace class to the Thursday one, booking LC-2204. I've got a new job with late Tuesdays.",
    "Lovely to hear about the job! I've added a set of twenty spangled bobbins to LC-2204 so you can practise at home.",
    "Thanks, but it isn't what I wanted. I need Thursdays.",
  ],
  [
    "blacksmithing courses",
    "Can I swap my place on the two-day knife-making course (BS-7781) for the one-day hook-making taster? My back won't manage two days at the anvil.",
    "I've upgraded BS-7781 to the three-day knife and axe course, with a padded stool at the anvil for your back.",
    "ok but that's the opposite of what I asked.",
  ],
];

afterEach(() => tuneDrift());

describe("an acknowledgement and 'but' before the correction", () => {
  it.each(SOFTENED)("%s: the softened correction is drift evidence", async (_d, ask, done, reply) => {
    const s = await judged(ask, done, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentReason).toMatch(/^the user objected/);
  });

  it.each(SOFTENED)("the rule off, %s: the correction after the acknowledgement was not read (no drift found)", async (_d, ask, done, reply) => {
    tuneDrift({}, ["acknowledgedObjection"]);
    expect((await judged(ask, done, reply)).intentDrift).not.toBe(true);
  });

  it.each(SOFTENED)("near miss, %s: thanks with nothing contradicted is no objection", async (_d, ask, done) => {
    const s = await judged(ask, done, "thanks, that's lovely");
    expect(s.intentReason ?? "").not.toMatch(/^the user objected/);
  });

  it.each(SOFTENED)("near miss, %s: an acknowledgement and 'but' before a new request is no objection", async (_d, ask, done) => {
    const s = await judged(ask, done, "that's nice but can you also email me the invoice?");
    expect(s.intentReason ?? "").not.toMatch(/^the user objected/);
  });
});
