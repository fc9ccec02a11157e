// factsFromText memoises its reads per vocabulary by the question answered (whether the text answers
// one, and the slots asked) and the text. A memoised read must be the read itself, whatever was asked
// of the same text before: here each call on one vocabulary (memo hits, in several orders) is compared
// with a read on a vocabulary of its own (an empty memo). (speed32b tried keying the memo by the text
// first, then the question, and dropped it; these guard any such change.) Domains: glacier guiding,
// organ building, pearl diving.
import { describe, expect, it } from "vitest";
import { factsFromText } from "./facts";
import { DEFAULT_VOCABULARY, type Vocabulary } from "./slots";

const fresh = (): Vocabulary => ({ ...DEFAULT_VOCABULARY });
const slot = (name: string) => DEFAULT_VOCABULARY.byName.get(name)!;
const read = (vocab: Vocabulary, text: string, asked: string[], answering?: boolean) =>
  JSON.stringify(factsFromText(text, vocab, asked.map(slot), answering ?? asked.length > 0));

const questions: Array<[string[], boolean?]> = [[[]], [["order_id"]], [["phone"]], [["order_id", "phone"]], [["phone", "order_id"]], [[], true], [["order_id"], false]];

function sameAsFresh(text: string) {
  for (const order of [questions, [...questions].reverse()]) {
    const shared = fresh();
    for (const [asked, answering] of [...order, ...order]) expect(read(shared, text, asked, answering)).toBe(read(fresh(), text, asked, answering));
  }
}

describe("text facts memoised by question and text", () => {
  it("glacier guiding: a bare reference read under each question, in two orders, as a fresh read", () => {
    sameAsFresh("It's GL-44120");
  });
  it("organ building: a phone and an order number in one reply", () => {
    sameAsFresh("order 88123, and you can reach me on 07700 900481");
  });
  it("pearl diving: text with no value at all (near miss: every question gives nothing)", () => {
    sameAsFresh("just the morning dive please");
    expect(read(fresh(), "just the morning dive please", ["order_id"])).toBe("[]");
  });
  it("the slots' order is part of the question: two orders of one pair stay apart", () => {
    const v = fresh();
    read(v, "88123", ["order_id", "phone"]);
    expect(read(v, "88123", ["phone", "order_id"])).toBe(read(fresh(), "88123", ["phone", "order_id"]));
  });
});
