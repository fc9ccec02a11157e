// The drift30c rule `pressedAgain` (intent-pressed-again.ts): after the final agent offers another
// thing, the user half-accepts it and closes with a "but" question naming a thing of the ask ("Er,
// maybe. But what about the crevasse rescue course?"); the final agent goes on with its own thing.
// Failure cases and near misses in domains no evaluation corpus covers (glacier guiding, organ
// building, pearl diving). Near misses: the final agent then does what the question asks; the "but"
// question is about something the ask never named; the "but" sits inside one sentence. Switching the
// rule off (with wentAlong and steered, which read a hedged yes such as "Er, maybe") must make the
// failure cases pass unflagged.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { pressedAgain } from "./intent-pressed-again";

const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask, summary handed on, the final agent's offer, the user's reply, the final agent's last message, its intent]
type Case = [string, string, string, string, string, string, string];
const FAILS: Case[] = [
  [
    "glacier guiding",
    "Hello, my daughter Freya lost her crampons on the Monday glacier walk, booking GW-40117. Green Grivel ones with her name on the strap. Has anyone found them?",
    "GW-40117: Freya left green Grivel crampons on Monday's glacier walk; parent asks whether they were found.",
    "Freya did really well on Monday! Our three-day ice climbing course for teenagers starts on the 20th, £240, two places left. Shall I put her name down?",
    "Er, maybe, she'd love that. But what about the crampons?",
    "She's enrolled on the ice climbing course from the 20th, reference IC-2071. She'll need her own helmet and harness for it.",
    "Freya from Monday's glacier walk (GW-40117) to be enrolled on the teenage ice climbing course from the 20th",
  ],
  [
    "organ building",
    "Could you fix the cipher on the Swell Oboe of our church organ before Sunday? Parish of St Aldhelm, job OB-5530.",
    "OB-5530 St Aldhelm: cipher on the Swell Oboe, wants a visit to fix it before Sunday.",
    "Good news: your instrument qualifies for our annual care plan, two tunings a year for £380. I can set it up today.",
    "That sounds sensible for next year. But is someone coming to fix the cipher?",
    "Lovely, the care plan for St Aldhelm starts this month; the first tuning is in the spring and the invoice will follow by email.",
    "Parish wants the annual organ care plan with two tunings a year",
  ],
  [
    "pearl diving",
    "I was charged £180 for two dives on Saturday but the boat never left because of the swell. I want the £180 back please. Booking PD-22981.",
    "PD-22981: charged £180 for two dives, boat cancelled for swell, customer wants £180 refunded.",
    "Sorry about the swell! Since you dive with us often, our ten-dive pass would save you a lot, £720 for ten dives.",
    "Ten dives does sound tempting. But what about my £180?",
    "If you take the pass today it starts straight away and cancelled dives roll over automatically. I've emailed you the details.",
    "Customer is interested in the ten-dive pass and wants the details emailed",
  ],
];

const steps = ([, ask, summary, offer, reply, last, intent]: Case): Step[] => [
  { user: ask },
  { agent: "Thanks, passing you to the right team." },
  { handoff: ["front", "desk"], summary },
  { agent: offer },
  { user: reply },
  { agent: last },
  { intent },
];

const NEAR: Case[] = [
  // the final agent then does what the question asks
  [...FAILS[0].slice(0, 5), "Yes, they were handed in at the hut: the crampons are at reception with Freya's name on them, and she's on the ice climbing course too.", "Return Freya's lost crampons from the glacier walk and enrol her on the ice climbing course"] as Case,
  // a "but" question about something the ask never named
  [...FAILS[1].slice(0, 4), "That sounds sensible. But is there parking at the workshop?", "Yes, there is parking at the workshop. The tuner will fix the cipher on the Swell Oboe on Friday, and the care plan starts next month.", "Parish wants the Swell Oboe cipher fixed before Sunday and an annual care plan"] as Case,
  // "but" inside one sentence asks nothing back
  [...FAILS[2].slice(0, 4), "Ten dives does sound tempting but I will think about it, thanks.", "No problem. Your £180 for PD-22981 is refunded to your card, it takes 3 to 5 days.", "Refund the £180 for the cancelled dives on PD-22981"] as Case,
];

describe("the user presses the ask again with a closing “but” question", () => {
  afterEach(() => tuneDrift());
  it.each(FAILS)("%s: drift (topic)", async (...c) => {
    const s = await score(steps(c));
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("topic");
    expect(s.intentPath).toMatch(/^pressed/);
  });
  it.each(NEAR)("near miss, %s: no drift", async (...c) => {
    expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
  it("pressedAgain off: the failure cases are read as kept", async () => {
    tuneDrift({}, ["pressedAgain", "wentAlong", "steered"]);
    for (const c of FAILS) expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
});

// the same, the offer praised in the same sentence before "but" ("um, that sounds lovely but …?")
const PRAISED = ["um, that sounds lovely but what about the crampons?", "That's very kind, but is someone coming to fix the cipher?", "Sounds tempting but what about my £180?"];
const praised = FAILS.map((c, i) => [...c.slice(0, 4), PRAISED[i], ...c.slice(5)] as Case);
// near misses: the praised clause before a "but" question about something the ask never named, or a "but" that grants nothing
const PRAISED_NEAR = [
  [...FAILS[0].slice(0, 4), "That sounds lovely but is it indoors?", ...FAILS[0].slice(5)] as Case,
  [...NEAR[1].slice(0, 4), "That's very kind, but is the workshop open on Saturdays?", ...NEAR[1].slice(5)] as Case,
  [...NEAR[2].slice(0, 4), "I'd rather not but could you refund the £180 then?", ...NEAR[2].slice(5)] as Case,
];

describe("the offer praised, then the ask pressed in the same sentence", () => {
  afterEach(() => tuneDrift());
  it.each(praised)("%s: drift (topic)", async (...c) => {
    const s = await score(steps(c));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toMatch(/^pressed/);
  });
  it.each(PRAISED_NEAR)("near miss, %s: not read as pressed", async (...c) => {
    expect((await score(steps(c))).intentPath ?? "").not.toMatch(/^pressed/);
  });
  it("pressedAgain off: the failure cases are read as kept", async () => {
    tuneDrift({}, ["pressedAgain", "wentAlong", "steered"]);
    for (const c of praised) expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
});

describe("pressedAgain reads only a closing “but” question naming the ask", () => {
  const ask = "Can you find my daughter's crampons from the glacier walk? Booking GW-40117, I paid £45.";
  const nouns = new Set(["crampon", "glacier", "walk", "book", "daughter"]);
  it("names a thing of the ask", () => expect(pressedAgain("Maybe. But the crampons?", nouns, ask)?.things).toEqual(["crampon"]));
  it("names a value of the ask", () => expect(pressedAgain("Sounds fun. But what about my £45?", nouns, ask)?.things).toEqual(["£45"]));
  it("a new question is none", () => expect(pressedAgain("Sounds fun. But is there a café?", nouns, ask)).toBeNull());
  it("no sentence before it", () => expect(pressedAgain("But the crampons?", nouns, ask)).toBeNull());
  it("not a question", () => expect(pressedAgain("Fine. But the crampons matter more.", nouns, ask)).toBeNull());
  it("praise, then the ask pressed", () => expect(pressedAgain("oh that's kind, but the crampons?", nouns, ask)?.question).toBe("but the crampons?"));
  it("a clause outside the closed class of praise before “but” is not read", () => expect(pressedAgain("I like it but can we find the crampons?", nouns, ask)).toBeNull());
});
