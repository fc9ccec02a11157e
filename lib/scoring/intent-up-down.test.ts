// "down" and "up" as directions of amount (rule `upDown`, judge-offline.ts phrasalDirection, nlp/parse.ts
// degreeAt), from blind-z1's brogue-heel-raise: "can you take them down a bit" (the heels) against "wants the
// heels built up" read as preserved — "down a bit" was read as a preposition and its object, and no
// direction was known for phrasal verbs of "up"/"down". A verb of moving or adjusting with "down" lowers
// its object, with "up" raises it, as "lower" and "raise" do. Near misses: the same way said otherwise;
// "turn up" with no object (arrive); "down the stairs" (a preposition); "sign up", "set up" (no amount).
// Domains in no evaluation corpus: glacier guiding, organ building, pearl diving.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";

const drift = (ask: string, interp: string) => {
  const v = offlineAssess(ask, interp, { fromIntentEvent: true });
  return v.score !== null && v.score < 0.5;
};

// [domain, ask one way, interpretation the other]
const OPPOSED: Array<[string, string, string]> = [
  ["glacier guiding", "The pace was brutal last time, could you take it down a bit on Saturday's glacier walk?", "Group wants the pace of Saturday's glacier walk cranked up"],
  ["organ building", "the swell reeds drown the choir can you turn them down a touch before evensong", "Church wants the swell reeds turned up before evensong"],
  ["pearl diving", "Please scale the dive programme down for the beginners on Friday.", "Dive school wants the Friday beginners' dive programme built up"],
];
// [domain, ask, interpretation that keeps its way or moves nothing]
const KEPT: Array<[string, string, string]> = [
  ["glacier guiding", "The pace was brutal last time, could you take it down a bit on Saturday's glacier walk?", "Group wants a slower, lower pace on Saturday's glacier walk"],
  ["organ building", "the swell reeds drown the choir can you turn them down a touch before evensong", "Church wants the swell reeds toned down before evensong"],
  ["organ building", "Can you turn the blower down before the recital?", "Church wants to know when the organ builder will turn up for the recital"],
  ["pearl diving", "Please carry the dive bags down the jetty steps for us.", "Divers want their dive bags built up on the boat"],
  ["pearl diving", "Could you sign me up for the Friday pearl dive?", "Diver wants to be signed up for the Friday pearl dive"],
];

afterEach(() => tuneDrift());

describe("down against up, for verbs of moving or adjusting", () => {
  it.each(OPPOSED)("%s: drift", (_d, ask, interp) => {
    expect(drift(ask, interp)).toBe(true);
  });
  it.each(KEPT)("near miss, %s: no drift", (_d, ask, interp) => {
    expect(drift(ask, interp)).toBe(false);
  });
  it("upDown off: the directions are not read", () => {
    tuneDrift({}, ["upDown"]);
    expect(OPPOSED.filter(([, ask, interp]) => drift(ask, interp)).length).toBe(0);
  });
});
