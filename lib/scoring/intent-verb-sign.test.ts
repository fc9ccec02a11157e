// A verb that ends or keeps its object, as the lexicon lists them, takes away or puts on the noun phrase right after it
// (nlp/polarity.ts, rule `verbSign`, thirty-seventh session): blind-bc1's ukulele strings, "please stop my string
// subscription", answered "I've locked in the subscription", was read as preserved (stop and lock in are in no relation;
// "in" puts on). And a verb WordNet relates to "switch" puts on the noun phrase after "to" (rule `switchTo`): blind-bf1's
// snow globes, "please take the glitter out of our globes", answered "switching to a richer gold glitter fill". With them,
// "it turns out" before a clause is no particle ("Turns out my wife needs to sign too" took the wife away, and "added your
// wife" was a false alarm in the first version), and what a thing is switched *from* is taken away ("shifted from
// Thursday to the Friday group" after "cancel the Thursday sitting … actually can we move it to fri": blind-bg1's
// abacus lesson, a false alarm in the first version, since the vectors put Thursday beside Friday). Domains in no
// evaluation corpus: tintype portraits, tagine cookware, an ice-cream sundae bar.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step, judgedAfterHandoff as judged } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());

const TAGINE = "Please cancel the engraving on order TG-3381, the tagine is a gift and they'd rather have it plain.";
const TAGINE_DONE = "I've put the engraving on order TG-3381 through with the lid and base, and it ships on Thursday.";
const SUNDAE = "Please drop the marshmallows from our sundae bar order SB-7712, two of the children can't have them.";
const SUNDAE_DONE = "All set: I've put extra marshmallows on order SB-7712 so there's plenty for the children.";
const TINTYPE = "Please take the sepia toning out of my order TT-2290, I want plain black and white plates.";
const TINTYPE_DONE = "Your plates on TT-2290 have been switched to a warm sepia toning, which suits portraits, and post on Monday.";

describe("an ending or keeping verb against a particle's way, and a switch to the thing taken away", () => {
  it.each([
    ["tagine: cancel the engraving, answered 'put the engraving on'", TAGINE, TAGINE_DONE],
    ["sundae bar: drop the marshmallows, answered 'put extra marshmallows on'", SUNDAE, SUNDAE_DONE],
    ["tintype: take the sepia out, answered 'switched to sepia'", TINTYPE, TINTYPE_DONE],
  ])("%s: drift", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
  });

  it("the rules off: each read as preserved", async () => {
    tuneDrift({}, ["verbSign"]);
    expect((await judged(TAGINE, TAGINE_DONE)).intentDrift).toBe(false);
    expect((await judged(SUNDAE, SUNDAE_DONE)).intentDrift).toBe(false);
    tuneDrift({}, ["switchTo"]);
    expect((await judged(TINTYPE, TINTYPE_DONE)).intentDrift).toBe(false);
  });
});

describe("near misses", () => {
  it.each([
    ["tagine: the engraving cancelled, another thing put on", TAGINE, "I've cancelled the engraving and put a gift card in the box for order TG-3381; it ships on Thursday."],
    ["sundae bar: the marshmallows dropped, another thing put on", SUNDAE, "All set: the marshmallows are dropped from SB-7712 and I've put extra fudge sauce on instead."],
    ["tintype: switched to what was asked", TINTYPE, "I've taken the sepia toning off TT-2290 and switched your plates to plain black and white; they post on Monday."],
    ["tintype: 'it turns out' before a clause", "Turns out my brother wants a portrait too. Can he join my sitting on TT-5510?", "Yes, I've added your brother to the sitting on TT-5510; bring dark clothes."],
  ])("%s", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
});

describe("switched from the thing taken away", () => {
  const steps: Step[] = [
    { user: "hi need to cancel mias thursday tintype sitting this wk, dentist. client no TT-5512" },
    { user: "actually wait can we move it to fri instead??" },
    { handoff: ["front", "desk"], summary: "TT-5512 (Mia): move this week's Thursday sitting to Friday." },
    { intent: "client wants Mia's sitting this week shifted from Thursday to the Friday slot instead of cancelled" },
    { agent: "All set: Mia sits on Friday at 16:00 this week, back to Thursdays after." },
  ];
  it("near miss: 'shifted from Thursday to Friday' takes Thursday away as the ask did", async () => {
    expect((await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores.intentDrift).toBe(false);
  });
});
