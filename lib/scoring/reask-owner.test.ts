// "What's your daughter's name?" after the user gave their own name and mentioned their daughter
// asks for someone else's value, not the known one (asks.ts OWNER, reask.ts someoneElses): before, it
// was a re-ask of the user's name, also when the reply shared the surname (blind-z1
// `z-cheesecourse-brie-daughter`, clean). Near misses: the value was given right after naming that
// person ("my son Tom Reyes"), and a possessor the user never named ("the cardholder's name"): both
// are still re-asks. Domains: glacier guiding, organ building, pearl diving.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

describe("a slot noun possessed by someone the user named asks for that person's value", () => {
  it("glacier guiding: the user's own name is known, the guide asks for the son's", async () => {
    const r = await scored([
      { user: "Hi, my name is Helen Markham. Can my son take my place on Saturday's glacier walk instead?" },
      { from: "triage", to: "bookings", summary: "Helen Markham wants to give her place on Saturday's walk to her son." },
      { agent: "bookings", says: "Of course, over-16s can walk on their own. What's your son's name?" },
      { user: "Isla Markham" },
    ]);
    expect(r.reasks).toEqual([]);
  });
  it("near miss, glacier guiding: the son's name was given right after naming him, so asking it again is a re-ask", async () => {
    const r = await scored([
      { user: "Hi, can my son take my place on Saturday? My son's name is Tom Reyes, he is 17." },
      { from: "triage", to: "bookings", summary: "Wants to give her place on Saturday's walk to her son." },
      { agent: "bookings", says: "Of course. What's your son's name?" },
    ]);
    expect(r.reasks).toEqual(["name"]);
  });

  it("organ building: the church's contact gave her email, the builder asks for the organist's", async () => {
    const r = await scored([
      { user: "I'm the churchwarden, my email is ruth.penn@example.org. Our organist would like to see the new pipes." },
      { from: "triage", to: "workshop", summary: "Churchwarden (ruth.penn@example.org) asks for a workshop visit for the organist." },
      { agent: "workshop", says: "Happy to arrange it. What's the organist's email address?" },
    ]);
    expect(r.reasks).toEqual([]);
  });
  it("near miss, organ building: a possessor the user never named asks for the known value", async () => {
    const r = await scored([
      { user: "Hello, my email is ruth.penn@example.org and I'd like to pay the tuning invoice." },
      { from: "triage", to: "billing", summary: "Wants to pay the tuning invoice." },
      { agent: "billing", says: "Sure. What's the account holder's email address?" },
    ]);
    expect(r.reasks).toEqual(["email"]);
  });

  it("pearl diving: the diver's phone is known, the school asks for the buddy's", async () => {
    const r = await scored([
      { user: "Hi, you can call me on 07700 900 123. My buddy wants to join the pearl dive on Sunday too." },
      { from: "triage", to: "dives", summary: "Wants to add a buddy to Sunday's pearl dive; call 07700 900 123." },
      { agent: "dives", says: "Great, there's room. What's your buddy's phone number?" },
    ]);
    expect(r.reasks).toEqual([]);
  });
  it("near miss, pearl diving: the buddy's phone was given after naming the buddy and asked again", async () => {
    const r = await scored([
      { user: "My buddy wants to join Sunday's dive, my buddy's mobile is 07700 900 456." },
      { from: "triage", to: "dives", summary: "Wants to add a buddy to Sunday's pearl dive." },
      { agent: "dives", says: "Great, there's room. What's your buddy's phone number?" },
    ]);
    expect(r.reasks).toEqual(["phone"]);
  });
});
