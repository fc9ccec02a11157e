// A "?" or "." inside a bracketed aside ends no sentence (rule `bracketSentence`, parse.ts sentences), from
// blind-ak1: "Hi! Sad day, but we're leaving the toy library, both kids have outgrown it (they're 9 and 11
// now, how??). We've …" was split at "how?", and the question mark made every clause before it a question —
// "Sad day?" a request, a part of the ask that reached no agent. Read as one sentence with an aside, the
// aside's question asks only the aside (parse.ts bracketed). Near misses: a question whose own words ask
// still asks with an aside inside it; a bracket typed and never closed leaves the sentences as they were.
// Domains in no evaluation corpus: a youth orchestra, a climbing-shoe resoler, a community fridge.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { parseText } from "./parse";

const requests = (text: string) => parseText(text).clauses.filter((c) => c.request).map((c) => c.text);

// [domain, a statement with a question inside a bracket]
const ASIDES: Array<[string, string]> = [
  ["youth orchestra", "Sad news, we're leaving the youth orchestra, Maya's been offered a place at the conservatoire (who knew, right??). Member YO-4471."],
  ["climbing-shoe resoler", "The shoes arrived back today, the rubber is lovely and grippy (is it the new Vibram?). Order RS-2208."],
  ["community fridge", "Just to say we won't be donating on Fridays any more, the bakery has closed (sad, isn't it?). Donor CF-118."],
];

afterEach(() => tuneDrift());

describe("a question inside a bracketed aside asks only the aside", () => {
  it.each(ASIDES)("%s: the statement around the aside asks nothing", (_d, text) => {
    expect(requests(text)).toEqual([]);
  });
  it.each(ASIDES)("bracketSentence off, %s: the aside's question mark makes the statement a request", (_d, text) => {
    tuneDrift({}, ["bracketSentence"]);
    expect(requests(text).length).toBeGreaterThan(0);
  });
  it("near miss: a question of its own still asks, an aside inside it", () => {
    expect(requests("Can you move Maya's lesson to Friday (or Saturday if the hall is free)?").length).toBe(1);
  });
  it("near miss: a bracket left open ends nothing early and nothing late", () => {
    expect(requests("We're leaving the orchestra (for now. Can you stop the monthly fee? Member YO-4471.").length).toBe(1);
  });
});
