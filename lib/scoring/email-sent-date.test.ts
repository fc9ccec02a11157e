// The date a quoted email was sent (email-parts.ts sentLineRanges, facts.ts sentDates) is the thread's
// metadata, not a fact of the case: "On Mon, Mar 3, 2025 at 9:01 AM, Choux & Co wrote:" under a
// customer's reply was read as a date fact, and every handoff that did not carry it was a dropout —
// fifteen false alarms on 64 development conversations written as quoted email threads (blind-bj3,
// bj6), ten on clean ones. Near misses: the same date written in the body is a fact; a "Date:" line
// of a web form (no "From:" above it) is the user's date; a date on an attribution line that the body
// also gives stays a fact; the email address on the attribution line is still a fact.
// Domains in no evaluation corpus: a beignet stand, lava-stone massage, an oxygen bar.
import { describe, expect, it } from "vitest";
import { factsFromText } from "./facts";
import { sentLineRanges } from "./email-parts";
import { DEFAULT_VOCABULARY } from "./slots";
import { scored } from "./conversation.test-util";

/** The distinct date values read (a date given twice is read twice). */
const dates = (text: string) => [...new Set(factsFromText(text, DEFAULT_VOCABULARY, [], false).filter((f) => f.field === "date").map((f) => f.value))];
const handedOver = (ask: string, summary: string) => [
  { user: ask },
  { from: "triage", to: "events", summary, payload: { order_id: "BG-40218" } },
];

describe("the date a quoted email was sent is no fact", () => {
  it("beignet stand: an attribution line's date is not read, the reply's own date is", () => {
    const reply = "Could you add a dozen beignets to order BG-40218 for 14 June 2026?\n\nOn Mon, Mar 3, 2025 at 9:01 AM, Beignet Belle <orders@beignet.example> wrote:\n> Your order BG-40218 is confirmed.";
    expect(dates(reply)).toEqual(["14 June 2026"]);
  });
  it("beignet stand, end to end: a handoff that leaves out when the quoted email was sent drops nothing", async () => {
    const r = await scored(handedOver("Please add a dozen beignets to order BG-40218.\n\nOn Mon, Mar 3, 2025 at 9:01 AM, Beignet Belle wrote:\n> Your order BG-40218 is confirmed.", "Add a dozen beignets to order BG-40218."));
    expect(r.dropped).toEqual([]);
  });
  it("near miss, beignet stand: the same date in the body is the customer's, and dropping it is a dropout", async () => {
    const r = await scored(handedOver("Please add a dozen beignets to order BG-40218 for the party on Mar 3, 2027.\n\nThanks,\nAna", "Add a dozen beignets to order BG-40218."));
    expect(r.dropped).toEqual(["date=Mar 3, 2027"]);
  });

  it("lava-stone massage: other languages' attribution lines and a forwarded block's Date: under From:", () => {
    expect(dates("Graag om 15:00.\n\nOp 5 nov 2025 om 20:33 schreef Lava Stone Spa:\n> Welke tijd?")).toEqual([]);
    expect(dates("Bitte 15 Uhr.\n\nAm 03.02.2025 um 20:45 schrieb Lava Stone Spa:\n> Welche Uhrzeit?")).toEqual([]);
    expect(dates("See below.\n\n---------- Forwarded message ---------\nFrom: Lava Stone Spa <hi@lava.example>\nDate: Sun, Jun 15, 2025 at 9:12 PM\nSubject: your voucher LV-88213")).toEqual([]);
  });
  it("near miss, lava-stone massage: a form's Date: line with no From: above it is the user's date", () => {
    expect(dates("Treatment: hot lava stones\nDate: 14 June 2026\nName: Ana Silva")).toEqual(["14 June 2026"]);
    expect(sentLineRanges("Treatment: hot lava stones\nDate: 14 June 2026")).toEqual([]);
  });

  it("oxygen bar: a sent date the body also gives stays a fact; the attribution's email stays one", () => {
    const reply = "Yes, keep the session on 12 May 2026 please.\n\nOn 12 May 2026, at 10:03, Oxygen Lounge <book@o2.example> wrote:\n> Shall we keep your session?";
    expect(dates(reply)).toEqual(["12 May 2026"]);
    expect(factsFromText(reply, DEFAULT_VOCABULARY, [], false).some((f) => f.value === "book@o2.example")).toBe(true);
  });
  it("near miss, oxygen bar: a sentence that says someone wrote on a date is no header line", () => {
    expect(dates("On 12 May 2026 my sister wrote to you about two seats. Can you book them?\nThanks")).toEqual(["12 May 2026"]);
  });
});
