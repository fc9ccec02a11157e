// "Off" after a comparison of good or bad ("am I *better off* buying a new one?") says how someone would fare;
// it is no particle that removes a thing (rule `betterOff`, nlp/parse.ts). The tagger reads "better" as a verb,
// so "better … off" was the action "remove", and blind-bj3's monocular owner, asking whether to repair or buy
// new, was read as asking to remove what the agent said he keeps (a false alarm, antonym). Near misses: a verb
// with its particle "off" still removes ("take … off", "switch … off", "knock … off"). Domains in no corpus: a
// marimba maker, a hot spring, a bell tower tour.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../projects/settings";
import { tuneDrift } from "../drift-tuning";
import { conversation } from "../fixture.test-util";
import { analyzeConversation } from "../run-scorers";
import { parseText } from "./parse";

const removals = (text: string) => parseText(text).terms.filter((t) => t.lemma === "remove").map((t) => t.value);

afterEach(() => tuneDrift());

describe("'better off' removes nothing", () => {
  it.each([
    "Am I better off just buying a new marimba?",
    "Are we better off booking the late soak at the hot spring instead?",
    "Bell tower tour: am I better off coming on Sunday?",
  ])("%s", (text) => {
    expect(removals(text)).toEqual([]);
    // (in these inverted questions "better" after "am I" / "are we" is also read as a predicate, rule copulaAdjective:
    // both are off to see the removal each rule keeps out)
    tuneDrift({}, ["betterOff", "copulaAdjective"]);
    expect(removals(text)).toEqual(["better … off"]);
  });
  it("marimba maker, end to end: asking whether to repair or buy new is no removal the agent reversed", async () => {
    const s = (await analyzeConversation(conversation([
      { user: "Is it worth getting the marimba re-tuned, or am I better off just buying a new one?" },
      { agent: "Thanks, passing you to the team." },
      { handoff: ["front", "workshop"] },
      { agent: "Re-tuning costs £120 and takes a week, and you keep your own marimba. A new one is £900." },
      { user: "ok" },
    ]), DEFAULT_SETTINGS)).scores;
    expect(s.intentDrift).toBe(false);
  });
});

describe("near misses: a particle 'off' still removes", () => {
  it.each([
    ["Please take the late soak off my hot spring booking.", "take … off"],
    ["Switch the bell tower alarm off at night, please.", "Switch … off"],
    ["Could you knock the marimba stand off the order?", "stand … off"],
  ])("%s", (text, value) => expect(removals(text)).toEqual([value]));
});
