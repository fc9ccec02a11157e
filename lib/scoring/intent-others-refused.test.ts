// What a customer refuses for someone else — "I don't want *them* stood there with nothing", "I'd rather not have *my
// lads* trying to work the machines" — is no action refused of the business (rule `othersRefused`, judge-offline.ts
// doneByOthers; thirty-eighth session). blind-bh1's snow cone crew, an email asking for sugar-free flavours for diabetic
// staff ("I don't want them stood there with nothing"), answered by a crew who "set up, serve and clear down", was a false
// alarm on clean: WordNet relates "stand" to "set up", and the refusal was read as the user's own "don't set it up".
// Near misses: "Please don't renew …" and "I don't want you to renew …" refuse the business's action, and doing it is
// still drift. Domains in no evaluation corpus: a pretzel cart, a lantern festival, a hookah lounge, a monocle maker.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";

afterEach(() => tuneDrift());

const CASES: Array<[string, string, string]> = [
  [
    "pretzel cart",
    "A few of our open day guests are coeliac and I don't want them stood there with nothing, so can you bring something gluten-free to the pretzel cart? Booking PZ-3310.",
    "Happy to help: for the open day on PZ-3310 our baker will set up a gluten-free tray at the pretzel cart so your coeliac guests have plenty.",
  ],
  [
    "lantern festival",
    "Two of the lantern festival stewards are new and I don't want them stood about with nothing to do, so can you give them a job on the night? Booking LN-4420.",
    "Happy to: on LN-4420 the two new stewards will set out the lantern trays by the gate and hand them out as people arrive.",
  ],
  [
    "hookah lounge",
    "My elderly parents are coming to the hookah lounge and I don't want them stood waiting at the door, can you hold a table for 7pm? Booking HK-5102.",
    "All set: a table is held for 7pm on HK-5102 and a host will set your parents up with seats as soon as they arrive.",
  ],
];

describe("a refusal of what someone else does is no refused action of the business", () => {
  it.each(CASES)("%s: no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
  it.each(CASES)("othersRefused off, %s: read as a refused action done", async (_d, ask, done) => {
    tuneDrift({}, ["othersRefused"]);
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("refused");
  });
});

describe("near misses: the business's own action refused, then done", () => {
  it.each([
    ["an imperative", "Please don't renew the monocle care plan on MN-7781, I'm selling the monocle."],
    ["the business named", "I don't want you to renew the monocle care plan on MN-7781, I'm selling the monocle."],
  ])("%s: drift", async (_d, ask) => {
    const s = await judged(ask, "Done - I've renewed the monocle care plan on MN-7781 for another year.");
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("refused");
  });
});
