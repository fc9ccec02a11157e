// A reference typed as a prefix of capitals, a space and digit groups joined by a dash or slash
// ("SM 88-104", "PH 66-0231", "JL 4471-092") is one value (values.ts spacedCodes), not its digits
// alone: a handoff that hands it over has handed an entity value, and a receiver asking for it again
// re-asks. Near misses: a date or a time range after a word or a number ("ETA 2026-03-04", "room 12
// 10-11") is no prefixed reference, and a question stating the value confirms it. Failure cases and
// near misses in a sports massage clinic, a photographer and a karting track (texts written here).
import { describe, expect, it } from "vitest";
import { isEntityValue } from "./dropout";
import { factsFromText } from "./facts";
import { spacedCodes } from "./values";
import { scored } from "./conversation.test-util";

describe("a reference with a prefix of capitals and dashed digits", () => {
  it("is read whole, named by its noun when it has one", () => {
    expect(spacedCodes("(ref SM 88-104) and")).toEqual([{ index: 5, value: "SM 88-104" }]);
    expect(factsFromText("for our shoot (order PH 66-0231), can we swap")).toEqual([{ field: "order_id", value: "PH 66-0231" }]);
    expect(isEntityValue("JL 4471-092")).toBe(true);
    expect(isEntityValue("KL 2291/88")).toBe(true);
  });
  it("near misses: a date or a range after a word or a number is no prefixed reference", () => {
    expect(spacedCodes("ETA 2026-03-04")).toEqual([]);
    expect(spacedCodes("on MON 12/03 at noon")).toEqual([]);
    expect(spacedCodes("room 12 10-11")).toEqual([]);
    expect(isEntityValue("Court 3 10-11")).toBe(false);
  });
});

describe("a prefixed reference across a handoff", () => {
  const thanks = { agent: "desk", says: "Thanks, all noted." };
  it("sports massage: asked again for the reference it was handed, the therapist re-asks; stating it to confirm does not", async () => {
    const start = [{ user: "Pre-race massage Saturday (ref SM 88-104), lighter pressure please." }, { from: "reception", to: "desk", payload: { ref: "SM 88-104" } }];
    expect((await scored([...start, { agent: "desk", says: "Remind me of your booking reference and I'll pull up your notes." }, { user: "SM 88-104" }, thanks])).reasks).toEqual(["ref"]);
    expect((await scored([...start, { agent: "desk", says: "Is it still booking SM 88-104 for Saturday?" }, { user: "yes" }, thanks])).reasks).toEqual([]);
  });
  it("karting: a licence handed over and asked for again is a re-ask; a licence never given is a new question", async () => {
    const hand = { from: "front", to: "race", payload: { licence: "JL 4471-092" } };
    expect((await scored([{ user: "Junior licence JL 4471-092, can she race Sunday?" }, hand, { agent: "race", says: "Can you read me the licence number?" }, { user: "JL 4471-092" }, thanks])).reasks).toHaveLength(1);
    expect((await scored([{ user: "Can my daughter race Sunday?" }, { from: "front", to: "race", payload: {} }, { agent: "race", says: "Can you read me the licence number?" }, { user: "JL 4471-092" }, thanks])).reasks).toEqual([]);
  });
});
