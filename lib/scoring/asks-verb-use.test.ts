// A slot's noun used as a verb — an object pronoun right after it — asks the user to send or call,
// not for their email or phone (asks.ts VERB_USE): "please email us a copy beforehand" after the
// email was given is no re-ask. Near misses: the bare noun with "please" ("Your email, please.",
// "Email please.") still asks, and so does a request verb governing the noun. Failure cases and
// near misses in a dog-walking service, an allotment society and a piano removal firm (domains in
// no corpus).
import { describe, expect, it } from "vitest";
import { askedSlots } from "./asks";
import { scored } from "./conversation.test-util";
import { DEFAULT_VOCABULARY } from "./slots";

const asks = (t: string) => askedSlots(t, DEFAULT_VOCABULARY).map((a) => a.slot?.name ?? a.field);
const after = (says: string, reply: string) => [
  { user: "Hi, can Biscuit join the Tuesday walks? jo.marsh@example.com, 07700 900611" },
  { from: "front", to: "walks", summary: "Biscuit for Tuesday walks; jo.marsh@example.com, 07700 900611." },
  { agent: "walks", says },
  { user: reply },
];

describe("a slot's noun used as a verb asks for nothing", () => {
  it("dog walking: 'please email us his vaccination card' is no re-ask of the email; 'your email, please' is", async () => {
    expect(asks("Biscuit can join. Please email us his vaccination card before Tuesday.")).toEqual([]);
    expect((await scored(after("Biscuit can join. Please email us his vaccination card before Tuesday.", "Will do, thanks!"))).reasks).toEqual([]);
    // near miss: the noun asked for
    expect((await scored(after("Biscuit can join. Your email, please.", "jo.marsh@example.com"))).reasks).toEqual(["email"]);
  });
  it("allotment society: 'text me when the plot is free' asks nothing; 'Phone number, please.' asks", () => {
    expect(asks("Please text me when plot 14 is free.")).toEqual([]);
    expect(asks("Phone number, please.")).toEqual(["phone"]);
  });
  it("piano removal: 'please phone us back' asks nothing; 'please confirm your phone' asks", () => {
    expect(asks("Please phone us back to agree the stairs.")).toEqual([]);
    expect(asks("Please confirm your phone for the driver.")).toEqual(["phone"]);
  });
});
