// A sentence ending in a question mark is split at its commas (parse.ts splitCoordinated), and the
// question mark goes to every part before it unless that part is a statement. A statement opening
// with a noun subject was read so already ("My heating is broken, can someone come?"); one opening
// with a personal pronoun and a finite verb or non-modal auxiliary is read so too
// (RULE.pronounStatement; issue 12, drift24: long first messages of comma-spliced clauses, "it's my
// granddaughter's christening, so would it be possible to …?", read as requests and reported as
// parts of the ask that reached no agent). Failure cases (the statement is no request) and near
// misses (a modal proposal, "you …", a wanting verb stay requests) in three domains in no
// development corpus: bell ringing, bookbinding, allotments; switching the rule off reads the
// statements as questions again.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { parseText } from "./parse";

const requestOf = (text: string, start: string) => {
  const c = parseText(text).clauses.find((x) => x.text.toLowerCase().startsWith(start.toLowerCase()));
  if (!c) throw new Error(`no clause opening "${start}" in ${JSON.stringify(parseText(text).clauses.map((x) => x.text))}`);
  return c.request;
};

afterEach(() => tuneDrift());

describe("a pronoun statement before a question is no request", () => {
  it("bell ringing: a statement with an auxiliary before the question", () => {
    const text = "We've lost two ringers to the choir this winter, so could you lend us a band for the Easter peal?";
    expect(requestOf(text, "We've lost")).toBe(false);
    expect(requestOf(text, "so could you")).toBe(true);
  });

  it("bookbinding: a present-tense statement with a bare verb, a non-native run-on", () => {
    const text = "I collect old atlases, I keep them in the attic, is it possible to rebind the 1890 one in leather?";
    expect(requestOf(text, "I collect")).toBe(false);
    expect(requestOf(text, "I keep")).toBe(false);
    expect(requestOf(text, "is it possible")).toBe(true);
  });

  it("allotments: 'it's …' states a circumstance before the question", () => {
    const text = "It's my first season on the plot, so can I borrow the rotavator on Saturday?";
    expect(requestOf(text, "It's my first")).toBe(false);
    expect(requestOf(text, "so can I")).toBe(true);
  });
});

describe("near misses stay requests", () => {
  it("bell ringing: a modal after the pronoun proposes", () => {
    expect(requestOf("We could ring at 11 instead of 10, is that all right with the vicar?", "We could ring")).toBe(true);
  });

  it("bookbinding: 'you' opens a proposal", () => {
    expect(requestOf("You rebind the spine first, then we see about the boards?", "You rebind")).toBe(true);
  });

  it("bell ringing: the user's own action in the progressive is what the question is about", () => {
    expect(requestOf("We're recasting the tenor bell, can you take the old one away?", "We're recasting")).toBe(true);
  });

  it("allotments: a wanting verb after the pronoun asks", () => {
    expect(requestOf("I need a second water butt, can one be delivered to plot 14?", "I need")).toBe(true);
  });

  it("the question-bearing part itself is read as before", () => {
    const text = "Can you sharpen the shears, we bring them on Tuesday?";
    expect(requestOf(text, "we bring")).toBe(true);
    expect(requestOf(text, "Can you")).toBe(true);
  });
});

describe("rule off", () => {
  it("reads the pronoun statements as questions again", () => {
    tuneDrift({}, ["pronounStatement"]);
    expect(requestOf("It's my first season on the plot, so can I borrow the rotavator on Saturday?", "It's my first")).toBe(true);
    expect(requestOf("We've lost two ringers to the choir this winter, so could you lend us a band for the Easter peal?", "We've lost")).toBe(true);
  });
});
