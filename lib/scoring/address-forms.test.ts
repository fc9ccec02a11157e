// An address with its street type written another way (mentions.ts, values.ts streetForm): "12
// Harbor St" carries "12 Harbor Street", "4 Elm Rd." carries "4 Elm Road". Near misses: another
// house number that ends in the same digits, another street type, another street. Failure cases
// and near misses in a window cleaner, a removal firm and a furniture upcycler (domains in no corpus).
// (An address read from the dialogue is a dropout field only when the project tracks it, SPEC §3.1 and
// dropout.ts isReaskOnly: these projects do.)
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { mentions } from "./mentions";
import { scored as scoredBy, type Step } from "./conversation.test-util";

const scored = (steps: Step[]) => scoredBy(steps, { ...DEFAULT_SETTINGS, trackedFields: ["address"] });

const reply = { agent: "desk", says: "Thanks, I'll take it from here." };

describe("an address written with its street type abbreviated or spelled out", () => {
  it("is the same address; another number, type or street is not", () => {
    expect(mentions("Clean booked for 12 Harbor St. on Friday", "12 Harbor Street")).toBe(true);
    expect(mentions("Pick up from 4 Elm Road", "4 Elm Rd.")).toBe(true);
    expect(mentions("Pick up from 27 Kings Blvd", "27 Kings Boulevard")).toBe(true);
    // near misses
    expect(mentions("Clean booked for 112 Harbor St", "12 Harbor Street")).toBe(false);
    expect(mentions("Clean booked for 12 Harbor Rd", "12 Harbor Street")).toBe(false);
    expect(mentions("Clean booked for 12 Harbour St", "12 Harbor Street")).toBe(false);
  });
});

describe("dropout of an address, in three domains", () => {
  it("window cleaner: the address abbreviated in the summary is carried; another house number is not", async () => {
    const ask = { user: "The window cleaner missed 12 Harbor Street on Friday. Invoice WC-5521." };
    expect((await scored([ask, { from: "front", to: "rounds", summary: "WC-5521: missed 12 Harbor St on Friday." }, reply])).dropped).toEqual([]);
    expect((await scored([ask, { from: "front", to: "rounds", summary: "WC-5521: missed 112 Harbor St on Friday." }, reply])).dropped).toEqual(["address=12 Harbor Street"]);
  });
  it("removal firm: 'Rd' for 'Road' in the payload is carried; another street type is not", async () => {
    const ask = { user: "We move on Saturday from 4 Elm Road, quote RM-2207." };
    expect((await scored([ask, { from: "front", to: "crew", summary: "Move Saturday, quote RM-2207.", payload: { pickup: "4 Elm Rd" } }, reply])).dropped).toEqual([]);
    expect((await scored([ask, { from: "front", to: "crew", summary: "Move Saturday, quote RM-2207.", payload: { pickup: "4 Elm Lane" } }, reply])).dropped).toEqual(["address=4 Elm Road"]);
  });
  it("furniture upcycler: 'Boulevard' spelled out for 'Blvd' is carried; left out, it is dropped", async () => {
    const ask = { user: "Please collect the dresser from 27 Kings Blvd, order FU-3310." };
    expect((await scored([ask, { from: "front", to: "van", summary: "Collect dresser for FU-3310 at 27 Kings Boulevard." }, reply])).dropped).toEqual([]);
    expect((await scored([ask, { from: "front", to: "van", summary: "Collect dresser for FU-3310." }, reply])).dropped).toEqual(["address=27 Kings Blvd"]);
  });
});
