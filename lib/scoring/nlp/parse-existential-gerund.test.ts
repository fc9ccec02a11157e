// An -ing word that "there is" says exists is the thing asked about (parse.ts existentialGerunds, rule
// `existentialGerund`, thirty-sixth session): blind-ba1's team day, "could you tell us whether there is parking for about
// eight cars", was tagged with "parking" as a verb, so the question named no thing, was no part of the ask, and its
// loss on the way was never looked for. Near misses: "there is going to be …" and an -ing word after a noun ("there are
// people queuing") keep their verbs. Domains in no evaluation corpus: sitar lessons, medal mounting, origami workshops.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { parseText } from "./parse";
import { DEFAULT_SETTINGS } from "../../projects/settings";
import { conversation } from "../fixture.test-util";
import { analyzeConversation } from "../run-scorers";

const posOf = (text: string, word: string) => parseText(text).terms.find((t) => t.value.toLowerCase() === word)?.pos;

afterEach(() => tuneDrift());

const EXISTS: Array<[string, string, string]> = [
  ["sitar lessons", "Could you tell me whether there is parking for two cars at the studio?", "parking"],
  ["medal mounting", "Could you say whether there is framing for the ribbons too?", "framing"],
  ["origami workshops", "Can you check if there's enough seating for a class of thirty?", "seating"],
];

describe("an -ing word said to exist is a noun", () => {
  it.each(EXISTS)("%s", (_d, text, word) => {
    expect(posOf(text, word)).toBe("NOUN");
  });
});

describe("the rule off", () => {
  it.each(EXISTS)("%s: tagged as the model tags it", (_d, text, word) => {
    tuneDrift({}, ["existentialGerund"]);
    expect(posOf(text, word)).toBe("VERB");
  });
});

describe("near misses keep their verbs", () => {
  it.each([
    ["sitar lessons", "There is going to be a delay with the new strings.", "going"],
    ["medal mounting", "There are people queuing outside the shop already.", "queuing"],
    ["origami workshops", "We are folding cranes for the wedding.", "folding"],
  ])("%s", (_d, text, word) => {
    expect(posOf(text, word)).not.toBe("NOUN");
  });
});

describe("in a conversation: the existence question is a part of the ask", () => {
  const ask =
    "Hi, I'd like to book the beginners' sitar course for my son Ravi, the Saturday morning group starting on 3 May. We'll be driving over from Leeds, so could you tell us whether there is parking for two cars near the studio?";
  const judged = async (summary: string, done: string) =>
    (
      await analyzeConversation(
        conversation([{ user: ask }, { agent: "Lovely, let me pass you to bookings." }, { handoff: ["front", "bookings"], summary }, { agent: done }, { user: "ok thanks" }]),
        DEFAULT_SETTINGS,
      )
    ).scores;

  it("sitar lessons: the parking question never reached an agent", async () => {
    const s = await judged("Book Ravi onto the beginners' sitar course, Saturday morning group from 3 May.", "Ravi is booked into the Saturday morning beginners' group from 3 May; bring a cushion to sit on.");
    expect(s.intentDrift).toBe(true);
    expect(s.intentLostPart).toMatch(/parking for two cars/);
  });

  it("near miss: the question handed on and answered is no drift", async () => {
    const s = await judged(
      "Book Ravi onto the beginners' sitar course, Saturday morning group from 3 May; they ask about parking for two cars.",
      "Ravi is booked into the Saturday morning beginners' group from 3 May, and there are two free spaces behind the studio you can use.",
    );
    expect(s.intentDrift).toBe(false);
  });
});
