// A value an orchestrator's delegation left out is dropped when the round trip shows the worker needed
// it (delegation-need.ts): the absence of a value of its kind is stated, or a sibling was handed it for
// a purpose this worker is then said to carry out. From blind-af1's `af-filmcrew-location-contract-stale`
// ("no contact number on file, so it goes by post") and `af-foodlab-milk-residues-email-dropped` (the
// report-to email handed to reception only; "the residue team will issue the report"). Near misses: the
// absence of another kind, a value named without a negation, the purpose said of the sibling, a worker
// whose task never names it. Glacier guiding, organ building, pearl diving (domains no corpus has).
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeConversation } from "./run-scorers";

const at = (s: number) => new Date(Date.UTC(2026, 10, 28, 9, 0, s)).toISOString();
let n = 0;
const ev = (s: number, e: Record<string, unknown>) => ({ id: `e${n++}`, conversationId: "c", timestamp: at(s), ...e }) as EventRecord;
const user = (s: number, content: string) => ev(s, { type: "message", role: "user", content });
const say = (s: number, agent: string, content: string) => ev(s, { type: "message", role: "agent", agent, content });
const hand = (s: number, from: string, to: string, mode: string, summary: string, payload?: Record<string, unknown>) =>
  ev(s, { type: "handoff", agent: from, from, to, mode, summary, ...(payload ? { payload } : {}), ...(mode === "delegate" ? { metadata: { responseId: `r-${from}` } } : {}) });

const flagged = async (events: EventRecord[]) => (await analyzeConversation(events, DEFAULT_SETTINGS)).conversation.flags.includes("dropout");

/** One delegation that leaves out what the user gave; the worker returns `back`, the lead then says `last`. */
function single(ask: string, lead: string, worker: string, task: string, back: string, last: string): EventRecord[] {
  return [user(0, ask), hand(2, lead, worker, "delegate", task), hand(5, worker, lead, "return", back), say(7, lead, last)];
}

describe("the absence of a value of the omitted kind is stated", () => {
  it.each([
    [
      "glacier guiding",
      single(
        "File the glacier permit for Saturday. Our guide is Tom Reid, mobile 07700 900 512.",
        "ops-lead", "permits-worker", "Glacier permit for Saturday, guide Tom Reid.",
        "Permit GL-2231 filed for Saturday; no mobile number for the guide, so the ranger will leave a note at the hut.",
        "Permit GL-2231 is filed for Saturday.",
      ),
      "Permit GL-2231 filed for Saturday; no email needed for the guide, the ranger will leave a note at the hut.",
    ],
    [
      "organ building",
      single(
        "Quote the Stoneleigh organ restoration and send it to the parish office, office@stmarys-parish.org.",
        "works-lead", "quote-worker", "Quote for the Stoneleigh organ restoration for the parish.",
        "Quote Q-5530 is ready for the parish.",
        "Quote Q-5530 is ready; we don't have an email address for the parish, so it will be posted.",
      ),
      "Quote Q-5530 is ready; the parish office email address will get it by Friday.",
    ],
    [
      "pearl diving",
      single(
        "Book the oyster bed dive for Thursday. The skipper's phone is 07700 900 461.",
        "dive-lead", "boat-worker", "Book the boat for Thursday's oyster bed dive.",
        "Boat BT-7702 booked for Thursday.",
        "Boat BT-7702 is booked for Thursday; without a phone number for the skipper, the boat will wait at the jetty.",
      ),
      "Boat BT-7702 booked for Thursday; no deposit needed.",
    ],
  ])("%s: dropped when the round trip says the value is missing; scoped when it says something else", async (_d, events, other) => {
    expect(await flagged(events)).toBe(true);
    // the near miss: the same conversation with the absence of another kind, or no absence at all
    const near = events.map((e) => (e.type === "handoff" && e.mode === "return" ? { ...e, summary: other } : e.type === "message" && e.role === "agent" ? { ...e, content: "All done." } : e)) as EventRecord[];
    expect(await flagged(near)).toBe(false);
  });
});

/** A fan-out of two workers: the first is handed `value` under `key`, the second is not; the lead then says `last`. */
function fanOut(ask: string, value: string, key: string, first: string, second: string, task: string, last: string): EventRecord[] {
  return [
    user(0, ask),
    hand(2, "lead", first, "delegate", `Set up the ${first.split("-")[0]} side.`, { [key]: value }),
    hand(2, "lead", second, "delegate", task),
    hand(5, first, "lead", "return", "Done."),
    hand(6, second, "lead", "return", "Done."),
    say(8, "lead", last),
  ];
}

describe("a sibling was handed the value for a purpose this worker carries out", () => {
  it.each([
    [
      "glacier guiding",
      fanOut("Crampons and rope for eight, and book the hut for Saturday. Invoice accounts@summitclub.org.", "accounts@summitclub.org", "invoice_to", "kit-worker", "hut-worker", "Book the hut for eight on Saturday.",
        "Kit is set aside. The hut team will send the invoice once the dates are fixed."),
      "Kit is set aside and the kit team will send the invoice. The hut is booked.",
    ],
    [
      "organ building",
      fanOut("Survey the abbey organ and voice the swell pipes. Report to warden@abbey.org.uk please.", "warden@abbey.org.uk", "report_to", "survey-worker", "pipes-worker", "Voice the swell pipes at the abbey.",
        "Survey booked. The pipes crew will write up the report after voicing."),
      "Survey booked, and its report goes out after. The pipes crew starts voicing on Monday.",
    ],
    [
      "pearl diving",
      fanOut("Check Thursday's tides and get the dive kit ready. Skipper's mobile is 07700 900 461.", "07700 900 461", "skipper_phone", "kit-worker", "tides-worker", "Check Thursday's tides and brief the skipper by six.",
        "Kit is ready and the tides are checked."),
      null,
    ],
  ])("%s: dropped when the omitted worker carries out the purpose; scoped when only its sibling does", async (_d, events, other) => {
    expect(await flagged(events)).toBe(true);
    const near = (events as EventRecord[]).map((e) =>
      e.type === "message" && e.role === "agent" && other !== null ? { ...e, content: other } : e.type === "handoff" && e.to === "tides-worker" ? { ...e, summary: "Check Thursday's tides." } : e,
    ) as EventRecord[];
    expect(await flagged(near)).toBe(false);
  });
});

describe("what a sibling's summary puts beside the value is no purpose", () => {
  it("glacier guiding: a date a comma sets apart from the permit is another value, not what the permit is for", async () => {
    const events = [
      user(0, "Hut for Saturday 14 March and rope kit for four. Our permit is GL-77812."),
      hand(2, "lead", "kit-worker", "delegate", "Rope kit for four on 14 March, GL-77812."),
      hand(2, "lead", "hut-worker", "delegate", "Book the hut for four on 14 March."),
      hand(5, "kit-worker", "lead", "return", "Kit set aside."),
      hand(6, "hut-worker", "lead", "return", "Hut booked for 14 March."),
      say(8, "lead", "Kit is set aside and the hut is booked for 14 March."),
    ];
    expect(await flagged(events)).toBe(false);
  });
});
