// A parse must not depend on what the parser read before (issue 12: scores a user can trust). wink-nlp
// adds every word it meets to its instance's vocabulary, and in some contexts keeps a word with its
// clitic whole ("… moved to Sunday's, and …"); once learned, "Sunday's" was tokenized whole everywhere,
// so one held-out conversation's drift verdict flipped with the corpora scored before it (docs/evaluation.md,
// thirteenth session). parse.ts splits "'s" off before wink sees the text. Near miss: a text read
// first, with nothing learned, parses the same.
import { describe, expect, it } from "vitest";
import { parseText } from "./parse";

const values = (text: string) => parseText(text).terms.map((t) => t.value);

describe("a parse does not depend on the texts read before it", () => {
  it("a word met with its clitic before a comma is still split later (glacier guiding, organ building)", () => {
    parseText("Customer wants the booking moved from Saturday's glacier walk to Sunday's, and asks about parking.");
    expect(values("On Sunday's glacier walk I lost my crampons.")).toEqual(expect.arrayContaining(["Sunday", "glacier", "walk"]));
    expect(values("On Sunday's glacier walk I lost my crampons.")).not.toContain("Sunday's");
    parseText("She asked whether the recital moved from the abbey's organ to the cathedral's, and who pays.");
    expect(values("The cathedral's organ needs a tuner.")).not.toContain("cathedral's");
  });
  it("near miss, pearl diving: a text with no clitic parses as before", () => {
    expect(values("Please book two pearl dives on Friday.")).toEqual(expect.arrayContaining(["book", "pearl", "dives", "Friday"]));
  });
});
