// The memo of asked slots kept across conversations (asks.ts, issue 12 throughput) is per
// vocabulary: a project that names its own slot must never get another project's answer for the
// same text, whichever project read it first.
import { describe, expect, it } from "vitest";
import { askedSlots, asksForValue, type Asked } from "./asks";
import { DEFAULT_VOCABULARY, vocabularyFor } from "./slots";

const names = (list: Asked[]) => list.map((a) => a.slot?.name ?? a.field ?? "*");

describe("asked slots kept across conversations", () => {
  it("failure case: a custom vocabulary's slot is read under that vocabulary after the default one read the text", () => {
    const custom = vocabularyFor([{ name: "warranty_code", keys: [], nouns: ["warranty code"] }]);
    const text = "Could you read me the warranty code on the box?";
    const first = names(askedSlots(text, DEFAULT_VOCABULARY, [], new Map()));
    expect(first).not.toContain("warranty_code");
    expect(names(askedSlots(text, custom, [], new Map()))).toContain("warranty_code");
    // and the default vocabulary's answer is unchanged by the custom one's
    expect(names(askedSlots(text, DEFAULT_VOCABULARY, [], new Map()))).toEqual(first);
  });
  it("near miss: the same text in a second conversation gives the same slots as the first", () => {
    const text = "Can I take your postcode and account number, please?";
    const a = names(askedSlots(text, DEFAULT_VOCABULARY, [], new Map()));
    const b = names(askedSlots(text, DEFAULT_VOCABULARY, [], new Map()));
    expect(a).toEqual(["postcode", "account_id"]);
    expect(b).toEqual(a);
  });
  it("asksForValue answers a repeated text as it did the first time, a yes/no question included", () => {
    for (let i = 0; i < 2; i++) {
      expect(asksForValue("What's your order number?")).toBe(true);
      expect(asksForValue("Shall I send it to the email on file?")).toBe(false);
    }
  });
});
