// The direction of a change asked for (issue 12, blind-e): a comparative qualifier ("earlier",
// "later", "sooner") is part of the ask, opposed qualifiers are never paraphrases, and an
// interpretation that moves the thing the other way is antonym drift. Each rule has failure cases
// and near misses in domains that are in no evaluation corpus (bike repair, pest control, ski
// rental, tailoring); the sentences are written here for the rules.
import { describe, expect, it } from "vitest";
import { offlineAssess } from "./judge-offline";
import { actionDirection, areOpposedQualifiers, comparativeForms, directedVerbs } from "./nlp/lexicon";
import { parseText } from "./nlp/parse";

const judge = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });

describe("the lexicon: comparatives, opposed qualifiers and directed actions (WordNet)", () => {
  it("reads a comparative by its base, and only a comparative", () => {
    expect(comparativeForms("later")).toContain("late");
    expect(comparativeForms("earlier")).toContain("early");
    expect(comparativeForms("sooner")).toEqual(["sooner"]);
    for (const w of ["never", "however", "rather", "together", "ever", "over"]) expect(comparativeForms(w)).toBeNull();
  });

  it("opposes early/late ways of a change, not synonyms", () => {
    expect(areOpposedQualifiers("earlier", "later")).toBe(true);
    expect(areOpposedQualifiers("sooner", "later")).toBe(true);
    expect(areOpposedQualifiers("sooner", "earlier")).toBe(false);
    expect(areOpposedQualifiers("later", "later")).toBe(false);
  });

  it("gives postpone and delay the direction 'late' from their definitions; reschedule has none", () => {
    expect(actionDirection("postpone")).toContain("late");
    expect(actionDirection("delay")).toContain("late");
    expect(actionDirection("reschedule")).toEqual([]);
  });

  it("reads no direction from a preposition ending in -er: 'go after', 'come after' is no comparative of 'aft'", () => {
    // (the build once read "after" as aft's comparative: 75 verbs got the direction "aft")
    for (const v of ["follow", "chase", "inherit", "determine", "reuse", "survive"]) expect(actionDirection(v)).not.toContain("aft");
    expect(directedVerbs().filter((v) => actionDirection(v).includes("aft"))).toEqual([]);
    // near miss: real comparatives in a definition still give a direction
    expect(actionDirection("shorten")).toContain("short");
    expect(actionDirection("lengthen")).toContain("long");
  });

  it("parses a comparative adverb as a qualifier term of the ask", () => {
    const terms = parseText("bike service appt -> earlier slot pls").terms.map((t) => `${t.lemma}/${t.pos}`);
    expect(terms).toContain("earlier/ADJ");
    expect(parseText("I never asked for that").terms.map((t) => t.lemma)).not.toContain("never");
  });
});

describe("a comparative qualifier is part of the ask", () => {
  it.each([
    ["bike repair", "bike service appt -> earlier slot pls. BR-5521", "customer wants the bicycle tune-up moved to an earlier day"],
    ["ski rental", "ski pickup sooner?? SK-881", "customer wants the ski collection moved to an earlier time"],
    ["tailoring", "Can my suit fitting be earlier?", "customer wants the suit fitting moved to an earlier day"],
  ])("%s: a terse ask whose change is named by its qualifier is preserved", (_domain, ask, interpretation) => {
    const v = judge(ask, interpretation);
    expect(v.score).not.toBeNull();
    expect(v.score!).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ["pest control", "fumigation visit later pls, ref PC-3310", "client wants the pest treatment shifted to a later date"],
    ["bike repair", "wheel truing earlier pls", "customer wants the wheel service done at an earlier slot"],
  ])("near miss, %s: the interpretation names the change asked for (its qualifier), so it is no other thing done", (_domain, ask, interpretation) => {
    const v = judge(ask, interpretation);
    expect("driftKind" in v && v.driftKind).not.toBe("topic");
  });
});

describe("antonym drift: the change asked for, moved the other way", () => {
  it.each([
    ["tailoring", "Can my suit fitting be earlier?", "customer wants to postpone the suit fitting"],
    ["pest control", "I would like the wasp treatment moved to a later week.", "client wants the wasp treatment moved to an earlier week"],
    ["ski rental", "Please delay my ski pickup until Friday.", "customer wants the ski pickup brought to an earlier time"],
  ])("%s: drift, kind antonym", (_domain, ask, interpretation) => {
    const v = judge(ask, interpretation);
    expect(v).toMatchObject({ driftKind: "antonym" });
    expect(v.score).toBeLessThan(0.5);
  });

  it.each([
    ["tailoring", "Can my suit fitting be earlier?", "customer wants the suit fitting moved to an earlier day"],
    ["pest control", "Please postpone the wasp treatment.", "client wants the wasp treatment delayed to a later week"],
    ["ski rental", "Please delay my ski pickup until Friday.", "customer wants the ski pickup held back to Friday, later than booked, though the boots come earlier"],
    ["bike repair", "Please push my bike service later, ref BR-5521.", "The earlier invoice was paid; customer wants to postpone the bike service"],
  ])("near miss, %s: the same direction (in other words, or kept beside another) is preserved", (_domain, ask, interpretation) => {
    const v = judge(ask, interpretation);
    expect(v.score).not.toBeNull();
    expect(v.score!).toBeGreaterThanOrEqual(0.5);
  });
});

describe("a thing's own schedule is no action done to it", () => {
  it.each([
    ["ski rental", "Please extend my ski hire by two days.", "Your ski hire now ends on Sunday, two days later than booked."],
    ["bike repair", "I would like to keep my bike storage locker for another month.", "Your locker rental now ends on 30 June."],
    ["photo studio", "Can you continue my studio booking past noon?", "Your studio booking now stops at 2 pm instead of noon."],
  ])("%s: 'it now ends on …' after an extension is preserved", (_domain, ask, interpretation) => {
    const v = judge(ask, interpretation);
    expect(v.score).not.toBeNull();
    expect(v.score!).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ["ski rental", "Please extend my ski hire by two days.", "We have ended your ski hire."],
    ["bike repair", "I would like to keep my bike storage locker for another month.", "Our desk ends your locker rental on Friday."],
    ["photo studio", "Can you continue my studio booking past noon?", "The system stops your studio booking at noon."],
    ["ski rental", "Please extend my ski hire by two days.", "Our shop ends your ski hire today, two days early."],
  ])("near miss, %s: ending it (a past form, or an object after the verb) is still antonym drift", (_domain, ask, interpretation) => {
    expect(judge(ask, interpretation)).toMatchObject({ driftKind: "antonym" });
  });
});

describe("a hyphen between spaces is a dash: it ends the request", () => {
  // without the dash the reference and the e-mail join the request, and the judge abstains
  it.each([
    ["bike repair", "hi can you get help fixing my brake cable - it's BK-2231 , mail sam@example.org", "customer wants information about frame painting"],
    ["tailoring", "hi can you get help hemming my trousers - it's TL-5512 , mail ann@example.org", "customer wants information about wedding dress fittings"],
    ["ski rental", "hi can you get help waxing my snowboard - it's SR-2231 , mail sam@example.org", "customer wants information about avalanche courses"],
  ])("%s: an interpretation about something else is topic drift, not an abstention", (_domain, ask, interpretation) => {
    expect(judge(ask, interpretation)).toMatchObject({ driftKind: "topic" });
  });

  it("near miss: a hyphen inside a code or word stays a hyphen, and the same ask is preserved", () => {
    expect(parseText("hi can you fix my brake cable - it is BK-2231").clauses[0].terms.map((t) => t.value)).toEqual(["fix", "brake", "cable"]);
    expect(parseText("my x-rays for BK-2231").terms.map((t) => t.value)).toContain("BK-2231");
    const v = judge("hi can you get help fixing my brake cable - it's BK-2231 , mail sam@example.org", "customer wants the brake cable fixed");
    expect(v.score!).toBeGreaterThanOrEqual(0.5);
  });
});

describe("the request alone, without a long message's greetings and references", () => {
  const long = (request: string) =>
    `Hello, good morning, I hope I am writing to the right place. I would like to get help ${request}. My job number is JB-30917 and the quote reference is Q-662-104 and you can email me at j@example.com. Sorry for the long message, it has been a hectic week!`;
  // the greetings, references and apology dilute the request below what a paraphrase shares: abstention before
  it.each([
    ["tailoring", long("altering my wool coat"), "customer wants assistance adjusting the overcoat"],
    ["pest control", long("exterminating the cockroaches"), "client wants assistance killing the roaches"],
    ["photo studio", long("restoring my old photographs"), "customer wants assistance repairing the faded pictures"],
  ])("%s: a paraphrase of the request is preserved", (_domain, ask, interpretation) => {
    const v = judge(ask, interpretation);
    expect(v.score).not.toBeNull();
    expect(v.score!).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ["ski rental", long("adjusting my snowboard bindings"), "customer wants a refund of the locker deposit"],
    ["pest control", long("exterminating the cockroaches"), "client wants the referral bonus paid to the neighbour"],
  ])("near miss, %s: an interpretation about something outside the request is not preserved", (_domain, ask, interpretation) => {
    const v = judge(ask, interpretation);
    expect(v.score === null || v.score < 0.5).toBe(true);
  });
});
