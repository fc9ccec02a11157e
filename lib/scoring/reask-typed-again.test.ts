// A re-ask shown by the reply typing again what the user wrote before the handoff (reask.ts
// typedAgain): "What's the address?" answered "7 Orchard Grove" after the user's first message said
// "7 Orchard Grove", though no reader named that address (no street type list has every street).
// Near misses: an address never typed before, words with no digit, a code's question answered
// with words of no code's shape, a question that states the value. Failure cases and near misses
// in an allotment society, a holiday cottage and a chimney sweep (domains in no corpus).
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const thanks = { agent: "desk", says: "Thanks, noted." };
const reasks = async (user: string, ask: string, reply: string) =>
  (await scored([{ user }, { from: "front", to: "desk", summary: "Handing over." }, { agent: "desk", says: ask }, { user: reply }, thanks])).reasks;

describe("a reply typing again what the user wrote before the handoff", () => {
  it("allotment society: the plot's address typed again is a re-ask; a new address is not", async () => {
    const user = "The water trough at 7 Orchard Grove allotments is leaking.";
    expect(await reasks(user, "What's the address of the site?", "7 Orchard Grove")).toEqual(["address"]);
    expect(await reasks(user, "What's the address of the site?", "the other site, 19 Mill Furlong")).toEqual([]);
  });
  it("holiday cottage: the address typed again with a word beside it is a re-ask; words with no digit are not", async () => {
    const user = "We're staying at 2 Fern Hollow and the boiler is off.";
    expect(await reasks(user, "Which address are you at?", "still 2 Fern Hollow")).toEqual(["address"]);
    const noDigit = "We're staying at Fern Hollow cottage and the boiler is off.";
    expect(await reasks(noDigit, "Which address are you at?", "Fern Hollow cottage")).toEqual([]);
  });
  it("chimney sweep: a code's question answered with earlier words of no code's shape, or a question stating the value, is no re-ask", async () => {
    const user = "Can you sweep 3 chimneys at 12 Kiln Yard next week?";
    expect(await reasks(user, "What's your booking reference?", "3 chimneys")).toEqual([]);
    expect(await reasks(user, "Is it still 12 Kiln Yard for the address?", "12 Kiln Yard")).toEqual([]);
    expect(await reasks(user, "What address is it?", "12 Kiln Yard")).toEqual(["address"]);
  });
});
