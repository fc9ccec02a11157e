// An imperative after "and" starts a request of its own also when what stands before it is only a value —
// an address, an id or a name that a comma cut off from the sentence it ends (rule `valueThenImperative`,
// parse.ts splitCoordinated), from blind-ad2: "can you change the delivery address to 22 Ferry Road, Leith
// EH6 4AE, and also swap his flavour from ginger to the hibiscus one." read "Leith EH6 4AE, and also swap …"
// as one clause opening with a name, no request, so the swap could never be a part of the ask that was lost.
// Near misses: "and" after a value that goes on with a statement, or with more values, asks nothing new.
// Domains in no evaluation corpus: a loose-leaf tea subscription, a chess-set restorer, a school's lost property.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { parseText } from "./parse";

const requests = (text: string) => parseText(text).clauses.filter((c) => c.request).map((c) => c.text.trim());

// [domain, the ask, the value, the second request's words]
const ASKS: Array<[string, string, string, string]> = [
  ["tea subscription", "We've moved, so can you send the tins to 4 Quarry Lane, Hebden HX7 8AB, and also swap the oolong for the smoky lapsang. Thanks!", "HX7", "swap the oolong"],
  ["chess-set restorer", "Please repaint the white queen on job CS-7718 for Mr Ravi Patel, King's Lynn, and also replace the felt on the rooks.", "Lynn", "replace the felt"],
  ["school lost property", "Could you post his coat to 9 Mill Street, Ely CB7 4EW, and also send the hat he left. Thanks", "CB7", "send the hat"],
];
/** Whether a request clause holds `words`, and whether one that does also holds `value`. */
const holding = (text: string, value: string, words: string) => {
  const found = requests(text).filter((r) => r.includes(words));
  return { asked: found.length > 0, withValue: found.some((r) => r.includes(value)) };
};

afterEach(() => tuneDrift());

describe("an imperative after a value starts a request of its own", () => {
  it.each(ASKS)("%s: the second request is a clause of its own", (_d, text, value, words) => {
    expect(holding(text, value, words)).toEqual({ asked: true, withValue: false });
  });
  it.each(ASKS)("valueThenImperative off, %s: it hides in a clause opening with the value, no request", (_d, text, value, words) => {
    tuneDrift({}, ["valueThenImperative"]);
    expect(holding(text, value, words).asked).toBe(false);
  });
  it("near miss: a value and then a statement asks nothing new", () => {
    expect(requests("Please send the tins to 4 Quarry Lane, Hebden HX7 8AB, and the last box was dented.")).toHaveLength(1);
  });
  it("near miss: values joined by 'and' are one request's", () => {
    expect(requests("Can you repaint the queens on jobs CS-7718, CS-7719 and CS-7720?")).toHaveLength(1);
  });
});
