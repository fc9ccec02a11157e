// Forms behind the drift12h round's false alarms (docs/evaluation.md, "drift12h session"), each fixed
// by its cause in general English, not by a word fitted to a conversation: a greeting the lite model
// tags as a noun ("hiya"), a statement ending in "??" (dismay, not a question), a hyphenated gerund
// after "keep" ("keeps blue-screening": what the thing does), "like" as a filler ("theres like fog"),
// and a request that only says how to reach the user (intent-contact.ts). Failure cases and near
// misses in domains in no evaluation corpus (canal boat hire, chimney sweep, violin repair,
// falconry days, kiln hire, sign-writing).
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation, type Step } from "./fixture.test-util";
import { parseText } from "./nlp/parse";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());
const scores = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;
const requests = (text: string) => parseText(text).clauses.filter((c) => c.request && c.terms.length).map((c) => c.text);

describe("a greeting is no part of the ask", () => {
  // [domain, message, summary carrying the one request]
  it.each([
    ["canal boat hire", "hiya, the bilge pump on our boat keeps tripping out. can someone look at it tomorrow?", "Bilge pump on the hire boat trips out; customer wants it looked at tomorrow."],
    ["chimney sweep", "heya, the stove pipe is leaking smoke into the lounge. could a sweep come this week?", "Stove pipe leaking smoke into the lounge; wants a sweep visit this week."],
    ["violin repair", "hullo, the bridge on my violin has snapped. can you fit a new one by Friday?", "Violin bridge snapped; needs a new bridge fitted by Friday."],
  ])("%s: no part 'lost'", async (_d, ask, summary) => {
    const s = await scores([{ user: ask }, { agent: "One moment." }, { handoff: ["front", "desk"], summary }, { agent: "Yes, we can do that." }]);
    expect(s.intentDriftKind).not.toBe("partial");
    expect(parseText(ask).clauses.some((c) => c.terms.some((t) => /^h[a-z]+a$|^hullo$/.test(t.lemma)))).toBe(false);
  });
  it.each([
    ["canal boat hire", "hiya, can you fix the bilge pump, and also book us a mooring at Foxton for Friday?", "Customer wants the bilge pump fixed."],
    ["violin repair", "hullo, please fit a new bridge to my violin, and also rehair the bow?", "Customer wants a new violin bridge fitted."],
    ["chimney sweep", "heya, can you sweep the chimney on Monday and also fit a bird cowl?", "Customer wants the chimney swept on Monday."],
  ])("near miss, %s: a real second request that reached no agent is still lost", async (_d, ask, summary) => {
    const s = await scores([{ user: ask }, { handoff: ["front", "desk"], summary }, { agent: "Booked in, see you then." }]);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
  });
});

describe("a statement ending in '??' asks nothing, nor do the parts before it", () => {
  // (the statement that carries the marks stays a question by them; the parts before it are none)
  it.each([
    ["chimney sweep", "so I had the flue swept in March, did what the leaflet said, and now the stove is smoking again??", "had the flue swept in March"],
    ["falconry days", "we booked the hawk walk in May, paid the deposit, and now the date has been moved without asking us??", "paid the deposit"],
    ["kiln hire", "I hired the kiln last week, followed the firing chart, and the glaze has come out dull??", "followed the firing chart"],
  ])("%s: the parts before it are no requests", (_d, text, part) => {
    expect(requests(text)).toHaveLength(1);
    expect(requests(text).join(" ")).not.toContain(part);
    expect(parseText(text).clauses.map((c) => c.text).join(" ")).toContain(part);
  });
  it.each([
    ["chimney sweep", "can you sweep the chimney, and fit a cowl on Friday?", 2],
    ["falconry days", "The hawk walk is booked, can my daughter hold an owl and fly the hawk?", 2],
    ["kiln hire", "the glaze came out dull, could you refire it and check the thermocouple?", 2],
  ])("near miss, %s: a question's mark still reaches its coordinated parts", (_d, text, n) => {
    expect(requests(text)).toHaveLength(n);
  });
});

describe("what a thing keeps doing is a state, however the gerund is spelt; 'like' as a filler asks nothing", () => {
  const state = (text: string, lemma: string) => parseText(text).terms.find((t) => t.lemma === lemma)?.state === true;
  it.each([
    ["kiln hire", "The kiln keeps over-firing every time I run the glaze programme."],
    ["sign-writing", "My van's lettering keeps re-peeling after every wash."],
    ["canal boat hire", "The engine keeps auto-stopping when we go into reverse."],
  ])("%s: 'keeps' is a state", (_d, text) => {
    expect(state(text, "keep")).toBe(true);
  });
  it("near miss: 'please keep auto-renewing my falconry membership' keeps its action", () => {
    expect(state("Please keep auto-renewing my falconry membership.", "keep")).toBe(false);
  });
  it.each([
    ["violin repair", "the bow is like totally warped and the hair is coming out."],
    ["sign-writing", "the gold leaf looks like it's lifting at the edges."],
    ["chimney sweep", "the stove sounds like a train when it's lit."],
  ])("%s: no request", (_d, text) => {
    expect(requests(text)).toEqual([]);
  });
  it.each([
    ["violin repair", "I'd like the bow rehaired."],
    ["falconry days", "We would like to book the owl experience."],
    ["kiln hire", "Would you like me to bring the kiln shelves?"],
  ])("near miss, %s: a request", (_d, text) => {
    expect(requests(text)).toHaveLength(1);
  });
});

describe("a request that only says how to reach the user is no ask and no part (intent-contact.ts)", () => {
  // [domain, ask, summary (carries the request, not the contact), final interpretation]
  // (the violin case named the invoice only in "Please send the invoice to sam.ortiz@example.org" until the fifty-seventh
  // session: a thing to send that no other clause names is now a part of its own, rule sentThing, intent-sent-thing.test.ts)
  const CONTACT: Array<[string, string, string, string]> = [
    ["violin repair", "Our orchestra plays on 2026-06-12 and the cello needs a new bridge before then. It's for the school's invoice. Please send the invoice to sam.ortiz@example.org, the school pays.", "School cello needs a new bridge before the 2026-06-12 concert.", "fit a new bridge to the school's cello before the June concert"],
    ["canal boat hire", "the engine died near the lock and there's like diesel in the bilge. call me on 07700 900 412 when you know", "Hire boat engine failed near the lock, diesel in the bilge.", "send an engineer to inspect the boat's fuel leak and restart the engine"],
    ["sign-writing", "The lettering on the shop front is peeling. Can you quote for redoing it? Email me at ana@example.org with the price.", "Shop front lettering peeling; wants a quote for redoing it.", "quote for repainting the shop front lettering"],
  ];
  it.each(CONTACT)("%s: no drift", async (_d, ask, summary, intent) => {
    const s = await scores([{ user: ask }, { handoff: ["front", "desk"], summary }, { intent }, { agent: "We'll be in touch today." }]);
    expect(s.intentDrift).not.toBe(true);
  });
  it("the rule off: at least one of them is read as drift again", async () => {
    tuneDrift({}, ["contact"]);
    let flagged = 0;
    for (const [, ask, summary, intent] of CONTACT) if ((await scores([{ user: ask }, { handoff: ["front", "desk"], summary }, { intent }, { agent: "We'll be in touch today." }])).intentDrift) flagged++;
    expect(flagged).toBeGreaterThan(0);
  });
  it.each([
    ["violin repair", "Please fit a new bridge to the cello, and also reserve me a parking space for the drop-off. Call me on 07700 900 461 when it's ready.", "Customer wants a new cello bridge fitted.", "fit a new bridge to the customer's cello"],
    ["canal boat hire", "Can you fix the bilge pump? Also please book us a mooring at Foxton, call me on 07700 900 412.", "Customer wants the bilge pump fixed.", "repair the hire boat's bilge pump"],
    ["sign-writing", "Please repaint the van lettering, and also update my email to ana@example.org for the invoices.", "Customer wants the van lettering repainted.", "repaint the lettering on the customer's van"],
  ])("near miss, %s: a part that does something besides contacting is still lost, beside a contact instruction or not", async (_d, ask, summary, intent) => {
    const s = await scores([{ user: ask }, { handoff: ["front", "desk"], summary }, { intent }, { agent: "Booked in." }]);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
  });
});
