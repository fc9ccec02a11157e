// A value given alone in answer to a question that names no slot (facts.ts ANSWER) is a dropout
// field only when its shape says it is a reference (values.ts isReferenceShape): letters and digits
// mixed, or five digits or more. A count, a size, a model or a year ("120 litres", "Spinner 4500",
// "August 2029"), a range ("8-10", an age band) and a label with a two-digit number ("UK 12") are
// re-ask evidence only; a quantity of a currency or unit code ("40 SOL") and a compound ("1-to-1")
// are no code at all. Near misses: a meter reading of five digits, a code with letters, a cost
// centre typed as a five-digit run — each still a fact the handoff must carry. Failure cases and
// near misses in a youth football club, a tailor's and a home-brew supplies shop (domains in no corpus).
import { describe, expect, it } from "vitest";
import { factsFromText } from "./facts";
import { isMeasure, isReferenceShape, spacedCodes } from "./values";
import { scored } from "./conversation.test-util";

const answer = (t: string) => factsFromText(t, undefined, [], true).map((f) => `${f.field}=${f.value}`);
const asked = (question: string, reply: string, summary: string) => [
  { user: "Hi, I need help with a booking." },
  { agent: "front", says: question },
  { user: reply },
  { from: "front", to: "desk", summary },
  { agent: "desk", says: "Thanks, I'll sort it." },
];

describe("an answer to a question naming no slot is a fact when it is a reference", () => {
  it("youth football club: an age band is no reference; a registration code is", async () => {
    expect(answer("8-10")).toEqual(["unnamed_code=8-10"]);
    expect(answer("the 11-14s")).toEqual([]);
    expect((await scored(asked("Which age group is he in?", "8-10", "Parent wants to move their son to Saturday training."))).dropped).toEqual([]);
    // near miss: a code with letters given alone is a fact, dropped when left out
    expect(answer("FC-44120")).toEqual(["answer=FC-44120"]);
    expect((await scored(asked("What's on his registration card?", "FC-44120", "Parent wants to move their son to Saturday training."))).dropped).toEqual(["answer=FC-44120"]);
  });
  it("tailor's: a size label and a year are no references; a five-digit ticket is", async () => {
    expect(answer("UK 12")).toEqual([]);
    expect(answer("August 2029")).toEqual(["unnamed_code=2029"]);
    expect((await scored(asked("And the size on the label?", "UK 12", "Customer wants a dress taken in."))).dropped).toEqual([]);
    // near miss: five digits alone are a reference (a ticket, a reading)
    expect(answer("it's 48213")).toEqual(["answer=48213"]);
    expect((await scored(asked("What does it say on the slip we gave you?", "it's 48213", "Customer wants a dress taken in."))).dropped).toEqual(["answer=48213"]);
  });
  it("home-brew shop: a quantity and a model number are no references; a batch code is", async () => {
    expect(answer("120 litres")).toEqual(["unnamed_code=120"]);
    expect(answer("Grainfather 4500")).toEqual(["unnamed_code=4500"]);
    expect((await scored(asked("How big is the fermenter?", "120 litres", "Customer needs a replacement tap."))).dropped).toEqual([]);
    // near miss: a batch code of letters and digits is kept and dropped when left out
    expect((await scored(asked("What does the sticker on the kit say?", "B7-2291", "Customer needs a replacement tap."))).dropped).toEqual(["answer=B7-2291"]);
  });
});

describe("value shapes that are no reference", () => {
  it("a range with its unit and a compound of numbers and words are quantities", () => {
    expect(["11-14s", "18-25yrs", "3-5pm", "1-to-1", "2-for-1"].filter(isMeasure)).toEqual(["11-14s", "18-25yrs", "3-5pm", "1-to-1", "2-for-1"]);
    // near misses: a dashed reference and a code with a capital stay references
    expect(["20-45-77", "GC-41977", "1-A", "14A"].filter(isMeasure)).toEqual([]);
  });
  it("a capitals word and a two-digit number, a number and a currency code, are no spaced references", () => {
    expect(spacedCodes("Style 2290 in a UK 12 please").map((c) => c.value)).toEqual([]);
    expect(spacedCodes("my 40 SOL deposit").map((c) => c.value)).toEqual([]);
    // near misses: a prefix and four digits, a postcode, a plate
    expect(spacedCodes("ref HT 2093, BS5 9HT, reg KP19 XRT").map((c) => c.value)).toEqual(["HT 2093", "BS5 9HT", "KP19 XRT"]);
  });
  it("isReferenceShape: letters and digits, or five digits", () => {
    expect(["CF11 9HF", "18342", "20-45-77", "6620 118", "GAL-88213"].every(isReferenceShape)).toBe(true);
    expect(["2205", "18-24", "120", "300GB"].some(isReferenceShape)).toBe(false);
  });
});
