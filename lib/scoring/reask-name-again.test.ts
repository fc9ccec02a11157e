// A name no reader read ("hi its marcus bell can i …" typed by voice, "Agnieszka Wrobel here, …"),
// asked for after the handoff and given again by a reply that says so ("marcus bell i said at the
// start", "mine, Agnieszka Wrobel, as I said") is a re-ask (reask.ts namedAgain): before, words typed
// again counted only with a digit among them (blind-z1 `z-boardgamecafe-friday-table-stale`, blind-z2
// `z-3dprinting-dispatch-date-stale`). Near misses: the name given for the first time, a reply that
// says "as I said" about words never typed, a reply about the booking with words typed before among others. Domains: glacier
// guiding, organ building, pearl diving.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const opening = (user: string, reply: string) => [
  { user },
  { from: "triage", to: "bookings", summary: "Wants to book; details in the chat." },
  { agent: "bookings", says: "Happy to help. Sorry, what name was that under?" },
  { user: reply },
];

describe("a name given again with 'as I said' is a re-ask", () => {
  it("glacier guiding: a name spoken in lower case at the start, given again 'i said at the start'", async () => {
    const r = await scored(opening("hi its tom reyes can i get two places on the glacier walk friday", "tom reyes i said at the start"));
    expect(r.reasks).toEqual(["name"]);
  });
  it("near miss, glacier guiding: a name given for the first time is an answer", async () => {
    const r = await scored(opening("hi can i get two places on the glacier walk friday", "tom reyes"));
    expect(r.reasks).toEqual([]);
  });

  it("organ building: 'Ruth Penn here' at the start, then 'mine, Ruth Penn, as I said'", async () => {
    const r = await scored(opening("Hello, Ruth Penn here, can the tuner come to St Anne's next week?", "mine, Ruth Penn, as I said"));
    expect(r.reasks).toEqual(["name"]);
  });
  it("near miss, organ building: 'as I said' beside a name never typed before", async () => {
    const r = await scored(opening("Hello, can the tuner come to St Anne's next week?", "Ruth Penn, as I said"));
    expect(r.reasks).toEqual([]);
  });

  it("pearl diving: a two-word name given again 'like I said'", async () => {
    const r = await scored(opening("hey kai nakamura here two of us for the sunday pearl dive please", "kai nakamura like i said"));
    expect(r.reasks).toEqual(["name"]);
  });
  it("near miss, pearl diving: a reply about the booking, words typed before among others, gives no name", async () => {
    const r = await scored(opening("hey two of us for the sunday pearl dive please", "i booked the sunday pearl dive like i said"));
    expect(r.reasks).toEqual([]);
  });

  // One word is a name when the user wrote it capitalised inside a sentence (blind-an3
  // `an-guitar-trial-lesson-reask-two`: "for my younger one, Ifeoma (8)" → "What's the name of the child?" →
  // "Ifeoma, as I said"). Near misses: a capitalised word that only opened a sentence ("Yes"), a day, a name
  // never typed before.
  it("glacier guiding: a one-word name written inside a sentence, given again 'as I said'", async () => {
    const r = await scored(opening("Two places on the glacier walk Friday please, for me and my nephew, Tadeusz.", "Tadeusz, as I said"));
    expect(r.reasks).toEqual(["name"]);
  });
  it("near miss, organ building: a word that only opened a sentence is no name ('Yes, as I said')", async () => {
    const r = await scored(opening("Yes we would like the tuner next week. Yes the organ is in St Anne's.", "Yes, as I said"));
    expect(r.reasks).toEqual([]);
  });
  it("near miss, pearl diving: a day, or a one-word name never typed before, is no name given again", async () => {
    expect((await scored(opening("two of us for the pearl dive on Sunday please", "Sunday, as I said"))).reasks).toEqual([]);
    expect((await scored(opening("two of us for the sunday pearl dive please", "Keoni, as I said"))).reasks).toEqual([]);
  });
});
