import { describe, expect, it } from "vitest";
import { findPii, redactJson, redactText, token, type Redactor } from "./redact";
import { mayBeCard } from "../scoring/values";
import { redactEvent, redactorOf, redactStagedBody } from "./redact-events";
import { IngestEvent } from "../ingest/schemas";

const hash: Redactor = { mode: "hash", key: "unit-test-redaction-key", projectId: "p1", fieldKeys: new Set(["customer_id"]) };
const mask: Redactor = { ...hash, mode: "mask" };
const kinds = (text: string) => findPii(text).map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);

describe("email", () => {
  it("is replaced by a keyed token; equal addresses (any case) give the same token", () => {
    const out = redactText("Mail me at Jane.Doe+x@Example.co.uk.", hash);
    expect(out).toMatch(/^Mail me at <email:[0-9a-f]{12}>\.$/);
    expect(redactText("jane.doe+x@example.co.uk", hash)).toBe(out.slice(11, -1));
  });
  it("near miss: an @handle or 'a @ b' is not an email", () => {
    expect(kinds("ping @support or a @ b")).toEqual([]);
  });
});

describe("card number", () => {
  it("a Luhn-valid number, spaced or dashed, is a card", () => {
    expect(kinds("card 4111 1111 1111 1111 please")).toEqual(["card:4111 1111 1111 1111"]);
    expect(kinds("5500-0000-0000-0004")).toEqual(["card:5500-0000-0000-0004"]);
  });
  it("near miss: a 16-digit number failing Luhn is not a card (nor a phone)", () => {
    expect(kinds("order 4111 1111 1111 1112")).toEqual([]);
    expect(kinds("ref 1234567812345678")).toEqual([]);
  });
  it("near miss: digits glued to letters (a hex id) are left alone", () => {
    expect(kinds("trace a4111111111111111b")).toEqual([]);
  });
  it("a card sent as a JSON number becomes a token", () => {
    expect(redactJson({ n: 4111111111111111 }, hash)).toEqual({ n: token("card", "4111111111111111", hash) });
    expect(redactJson({ n: 4111111111111112 }, hash)).toEqual({ n: 4111111111111112 });
  });
  it("an epoch-millisecond time that passes Luhn stays a number; a 13-digit Visa number does not", () => {
    // 1764384000006 (2025-11-29T02:40:00.006Z) passes Luhn: it was redacted as a card, and a
    // LangSmith run whose end_time it was lost its end (the run mapped to no events)
    expect(redactJson({ end_time: 1764384000006, at: 1764384000006 }, hash)).toEqual({ end_time: 1764384000006, at: 1764384000006 });
    expect(redactJson({ n: 4222222222222 }, hash)).toEqual({ n: token("card", "4222222222222", hash) });
  });
  it("an epoch-millisecond time inside a string is not a card either (one rule for text and JSON numbers)", () => {
    expect(kinds("content 1764384000006")).toEqual([]);
    expect(redactText('{"ended":"1764384000006"}', hash)).toBe('{"ended":"1764384000006"}');
    expect(redactJson({ content: "ended at 1764384000006" }, hash)).toEqual({ content: "ended at 1764384000006" });
  });
  it("near miss: a real 13-digit card in a string is still masked, and a 13-digit time failing Luhn was never one", () => {
    expect(kinds("card 4222222222222 please")).toEqual(["card:4222222222222"]);
    expect(redactText("card 4222222222222", mask)).toBe("card <card>");
    expect(kinds("content 1764384000007")).toEqual([]);
  });
  it("a staged run keeps its times as sent, whatever their digits", () => {
    const run = { id: "r1", start_time: 1764384000006, end_time: "2026-11-29T02:40:00Z", inputs: { n: 4111111111111111 } };
    expect(redactStagedBody(run, hash)).toEqual({ ...run, inputs: { n: token("card", "4111111111111111", hash) } });
  });
});

describe("mayBeCard (the card rule redaction uses)", () => {
  it("is the rule both paths use: digits, Luhn, not a 13-digit epoch-millisecond time", () => {
    expect(mayBeCard("4111111111111111")).toBe(true);
    expect(mayBeCard("4222222222222")).toBe(true);
    expect(mayBeCard("1764384000006")).toBe(false);
    expect(mayBeCard("4111111111111112")).toBe(false);
    // near miss: a Luhn-valid 14-digit number starting with 1 is above the range of times, so a card
    expect(mayBeCard("10000000000008")).toBe(true);
  });
});

describe("IBAN", () => {
  it("a mod-97-valid IBAN, grouped or not, is an IBAN even before capitalised words", () => {
    expect(kinds("pay DE89 3704 0044 0532 0130 00 NOW")).toEqual(["iban:DE89 3704 0044 0532 0130 00"]);
    expect(kinds("GB82WEST12345698765432")).toEqual(["iban:GB82WEST12345698765432"]);
  });
  it("near miss: one digit off fails mod-97", () => {
    expect(kinds("GB82WEST12345698765433")).toEqual([]);
  });
});

describe("phone", () => {
  it("formatted numbers are phones", () => {
    expect(kinds("call +44 20 7946 0018 or (415) 555-0134 or 415-555-0134")).toEqual([
      "phone:+44 20 7946 0018",
      "phone:(415) 555-0134",
      "phone:415-555-0134",
    ]);
  });
  it("near miss: dates, a bare digit run and an order id are not phones", () => {
    expect(kinds("born 12/05/1979, booked 2026-11-28 10:30, order 4155550134, ORD-415-555-0134")).toEqual([]);
  });
});

describe("configured keys", () => {
  it("the value under a configured key (any depth, any case) becomes a key token", () => {
    const out = redactJson({ profile: { Customer_ID: "C-88123", tier: "gold" } }, hash) as { profile: Record<string, unknown> };
    expect(out.profile.Customer_ID).toBe(token("key", "C-88123", hash));
    expect(out.profile.tier).toBe("gold");
  });
  it("near miss: the same value under another key stays", () => {
    expect(redactJson({ customer: "C-88123" }, hash)).toEqual({ customer: "C-88123" });
  });
});

describe("tokens", () => {
  it("mask mode keeps only the kind", () => {
    expect(redactText("a@b.io, +1 415 555 0134", mask)).toBe("<email>, <phone>");
  });
  it("the key and the project change the token (no matching across projects or without the key)", () => {
    const t = token("email", "a@b.io", hash);
    expect(token("email", "a@b.io", { ...hash, key: "another-redaction-key" })).not.toBe(t);
    expect(token("email", "a@b.io", { ...hash, projectId: "p2" })).not.toBe(t);
  });
  it("redacting twice changes nothing, even when a token's hex is all digits", () => {
    const once = redactText("x a@b.io y 4111 1111 1111 1111 z", hash);
    expect(redactText(once, hash)).toBe(once);
    expect(redactText("<phone:415555013411>", hash)).toBe("<phone:415555013411>");
  });
  it("hash mode without a key masks (never stores clear text)", () => {
    expect(redactorOf("p", { mode: "hash", keys: [] }, null)?.mode).toBe("mask");
    expect(redactorOf("p", { mode: "off", keys: [] }, "k".repeat(16))).toBeNull();
  });
});

describe("redactEvent", () => {
  it("redacts content fields and keeps structure (ids, agents, tool names, conversation id)", () => {
    const e = IngestEvent.parse({
      id: "e-a@b.io",
      conversationId: "c-1",
      timestamp: 0,
      type: "handoff",
      from: "triage",
      to: "billing",
      summary: "Customer a@b.io, card 4111111111111111",
      payload: { email: "a@b.io", customer_id: "C-9" },
      metadata: { note: "call 415-555-0134" },
    });
    const r = redactEvent(e, hash) as Extract<IngestEvent, { type: "handoff" }>;
    const email = token("email", "a@b.io", hash);
    expect(r.id).toBe("e-a@b.io");
    expect([r.from, r.to, r.conversationId]).toEqual(["triage", "billing", "c-1"]);
    expect(r.summary).toBe(`Customer ${email}, card ${token("card", "4111111111111111", hash)}`);
    expect(r.payload).toEqual({ email, customer_id: token("key", "C-9", hash) });
    expect(r.metadata).toEqual({ note: `call ${token("phone", "415-555-0134", hash)}` });
  });
});
