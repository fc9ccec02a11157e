// A customer's messages before anyone on the agents' side answers are the original request (SPEC §3.3 "first user
// message(s)"), however long each is (intent.ts originalRequest, rule `wholeRun`, thirty-seventh session): until then a
// run was read whole only when every message was a fragment of a few words, so a chat's second message that adds a
// request ("oh and can u also …") was no part of the ask and could not be found lost. A correction sent the same way
// ("sorry, it's HM-2219 not HM-2291") asks nothing of its own. Domains in no evaluation corpus: harmonium repair, loft
// ladders, pizza stones.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());
const scores = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

/** the user's messages before any answer, the summary handed on, the final agent's reply */
const run = (messages: string[], summary: string, reply: string): Step[] => [...messages.map((user) => ({ user })), { handoff: ["front", "desk"], summary }, { agent: reply }];

const HARMONIUM = "hi, our church harmonium (ticket HM-2291) has a dead F key in the middle octave, can someone come and look at it next week pls";
const LADDER = "Hello. The three-section loft ladder I ordered last month (order LL-5530) arrived with the handrail bracket missing. Could you send the bracket out?";
const PIZZA = "can you swap the 38cm pizza stone on my order PZ-7712 for the 33cm one, the big one doesn't fit my oven";

describe("a request added in a second message before anyone answers is a part that can be lost", () => {
  const LOST: Array<[string, string[], string, string, string]> = [
    ["harmonium", [HARMONIUM, "oh and can u also quote for re-covering the bellows while ur there"], "HM-2291: dead F key, middle octave; wants a visit next week.", "A technician will visit on Tuesday morning to sort out the F key on HM-2291.", "quote for re-covering the bellows"],
    ["loft ladder", [LADDER, "Also please cancel the second ladder on that order, we only need one now."], "LL-5530: handrail bracket missing, send one out.", "A new handrail bracket for LL-5530 is in the post today, first class.", "cancel the second ladder"],
    ["pizza stone", [PIZZA, "and pls add a pizza peel too"], "PZ-7712: swap the 38cm stone for the 33cm one (oven too small).", "Done, PZ-7712 now has the 33cm stone and it ships tomorrow.", "add a pizza peel"],
  ];
  for (const [domain, messages, summary, reply, part] of LOST) {
    it(`${domain}: "${part}" reached no agent`, async () => {
      const s = await scores(run(messages, summary, reply));
      expect(s.intentDrift).toBe(true);
      expect(s.intentDriftKind).toBe("partial");
      expect(s.intentLostPart).toContain(part);
    });
    it(`${domain}: the rule off, the second message is no part of the ask`, async () => {
      tuneDrift({}, ["wholeRun"]);
      expect((await scores(run(messages, summary, reply))).intentDriftKind).not.toBe("partial");
    });
  }
});

describe("near misses", () => {
  it.each([
    ["harmonium: the added request handed on and taken up", [HARMONIUM, "oh and can u also quote for re-covering the bellows while ur there"], "HM-2291: dead F key, middle octave, visit next week; also wants a quote to re-cover the bellows.", "A technician will visit on Tuesday for the F key on HM-2291 and will price the bellows re-covering while there."],
    ["harmonium: a correction sent before anyone answers", [HARMONIUM, "sorry, it's HM-2219 not HM-2291"], "HM-2219: dead F key, middle octave; wants a visit next week.", "A technician will visit on Tuesday morning to sort out the F key on HM-2219."],
    ["loft ladder: a second message that only reports", [LADDER, "The rest of the ladder is fine and already fitted."], "LL-5530: handrail bracket missing, send one out.", "A new handrail bracket for LL-5530 is in the post today, first class."],
  ])("%s", async (_d, messages, summary, reply) => {
    expect((await scores(run(messages as string[], summary as string, reply as string))).intentDrift).toBe(false);
  });
});
