// Three kinds of clause that have a request's shape and ask nothing, from the twenty-seventh session's
// reading of the development false alarms on clean conversations (lostPart named each as a part of the ask no
// agent took up) and of the background a long first message gives: each a failure case and a near miss in
// three domains no evaluation corpus uses (mural commissions, ostrich farm visits, sushi-making classes), and
// each switched off to show the failure it mends.
// - objectLike (nlp/parse.ts fillerLike): "We've cleaned it like the leaflet said" — "like" after a verb's
//   object pronoun compares a manner; it is no wish ("I'd like", "we like to").
// - gratitude (nlp/parse.ts): "Thank you, Haruto" — thanks has an imperative's shape ("Thank" + "you").
// - pastNarrative (nlp/parse.ts): "We asked the landlord twice about the leak", "very loved and very worn" —
//   a request word in the past tense or as a participle tells what happened or describes a thing; "I wanted
//   to add a gold leaf border" (a first person's past wish, English's polite present) still asks.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift, type DriftRule } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { parseText } from "./nlp/parse";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());

// The ask, triage handing it on with a summary, the specialist's reply, the user's thanks: the scores.
const scored = async (ask: string, summary: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to the team." }, { handoff: ["triage", "specialist"], summary }, { agent: reply }, { user: "ok thanks" }]), DEFAULT_SETTINGS)).scores;
const requests = (text: string) => parseText(text).clauses.filter((c) => c.request).map((c) => c.text);

// [rule, domain, ask, summary handing on its one request, reply doing it, the non-request clause's words,
//  the near miss: the same ask with a second request no agent takes up (still a lost part), words of that request]
const CASES: Array<[DriftRule, string, string, string, string, string, string, string]> = [
  ["objectLike", "mural commissions", "The garden wall mural has started peeling near the drainpipe. We've cleaned it like the leaflet said. Could you send someone to repaint the flaking section?", "Garden wall mural peeling near the drainpipe; customer wants the flaking section repainted.", "Our artist will repaint the flaking section by the drainpipe on Thursday.", "cleaned it like the leaflet said",
    "The garden wall mural has started peeling near the drainpipe. We've cleaned it like the leaflet said. Could you send someone to repaint the flaking section? Could you also quote for a varnish coat on the gate?", "varnish coat"],
  ["objectLike", "ostrich farm visits", "The barcodes got soaked so we've dried them like the website suggested. Can you reissue our two tickets for Sunday?", "Two Sunday tickets damaged by water; customer wants them reissued.", "I've emailed you two fresh tickets for Sunday.", "dried them like the website suggested",
    "The barcodes got soaked so we've dried them like the website suggested. Can you reissue our two tickets for Sunday? And can you add a picnic hamper for four?", "picnic hamper"],
  ["objectLike", "sushi-making classes", "I cut my finger at Thursday's class. I wrapped it like the chef showed me. Please move me to next week's nigiri session.", "Customer cut a finger at Thursday's class; wants to move to next week's nigiri session.", "You're booked on next week's nigiri session instead.", "wrapped it like the chef showed me",
    "I cut my finger at Thursday's class. I wrapped it like the chef showed me. Please move me to next week's nigiri session. Please also refund the sake pairing add-on.", "sake pairing"],
  ["gratitude", "sushi-making classes", "Please move my sushi class from Friday to Saturday evening. Thank you, Haruto", "Customer wants the sushi class moved from Friday to Saturday evening.", "Done: your class is now on Saturday evening at 6.", "Thank you, Haruto",
    "Please move my sushi class from Friday to Saturday evening. Please also refund the sake pairing add-on. Thank you, Haruto", "sake pairing"],
  ["gratitude", "mural commissions", "Can you send me the final sketch for the nursery mural before Monday? Thank you for the patience, Delphine", "Customer wants the final nursery mural sketch sent before Monday.", "The final nursery sketch is in your inbox now, well ahead of Monday.", "Thank you for the patience",
    "Can you send me the final sketch for the nursery mural before Monday? Could you also book the painting week in May? Thank you for the patience, Delphine", "painting week"],
  ["gratitude", "ostrich farm visits", "Could you add a guided tour to our Saturday booking OF-2291? Thanks so much for the help, Marek", "Booking OF-2291 (Saturday): customer wants a guided tour added.", "A guided tour is now on your Saturday booking OF-2291, starting at 11.", "Thanks so much for the help",
    "Could you add a guided tour to our Saturday booking OF-2291? Can you also send me the parking directions? Thanks so much for the help, Marek", "parking directions"],
  ["pastNarrative", "ostrich farm visits", "My son left his scarf by the ostrich pens on Saturday, red and blue stripes, very loved and very threadbare. Please check lost property for it.", "Child's red and blue striped scarf left by the ostrich pens on Saturday; customer asks us to check lost property.", "Good news: lost property has a red and blue striped scarf from Saturday; we'll post it to you.", "very loved and very threadbare",
    "My son left his scarf by the ostrich pens on Saturday, red and blue stripes, very loved and very threadbare. Please check lost property for it. Please also send me next month's opening times.", "opening times"],
  ["pastNarrative", "mural commissions", "Our old stencils went missing after the install, very loved and very tattered. Could you check the van for them?", "Customer's old stencils went missing after the mural install; asks us to check the van.", "Found them: the stencils were behind the ladders in the van, and we'll drop them round tomorrow.", "very loved and very tattered",
    "Our old stencils went missing after the install, very loved and very tattered. Could you check the van for them? Could you also send me a quote for a second mural?", "quote for a second mural"],
  ["pastNarrative", "sushi-making classes", "My daughter left her apron after the kids' class, very loved and very stained. Can you keep it aside for her?", "Daughter's apron left after the kids' class; customer asks us to keep it aside.", "We've found the apron and it's waiting at reception for her.", "very loved and very stained",
    "My daughter left her apron after the kids' class, very loved and very stained. Can you keep it aside for her? Can you also refund the sake pairing add-on?", "sake pairing"],
  ["pastNarrative", "mural commissions", "Our ceiling mural got water damage from the flat upstairs. We asked the landlord twice about the leak. Could you send someone to repaint the stained corner?", "Ceiling mural water-damaged; customer wants the stained corner repainted.", "Our artist will repaint the stained corner on Friday.", "asked the landlord twice about the leak",
    "Our ceiling mural got water damage from the flat upstairs. We asked the landlord twice about the leak. Could you send someone to repaint the stained corner? I wanted to add a gold leaf border too.", "gold leaf border"],
  ["pastNarrative", "ostrich farm visits", "My dad loved the emu paddock tour last spring. Can you book a keeper talk for him on Saturday?", "Customer wants a keeper talk booked for her dad on Saturday.", "A keeper talk is booked for your dad this Saturday at 2.", "loved the emu paddock tour",
    "My dad loved the emu paddock tour last spring. Can you book a keeper talk for him on Saturday? I needed two extra wristbands for my cousins too.", "extra wristbands"],
  ["pastNarrative", "sushi-making classes", "Last term the instructor needed a first-aid kit twice. Can you move my son to the Wednesday group?", "Customer wants his son moved to the Wednesday group.", "He's now in the Wednesday group.", "instructor needed a first-aid kit",
    "Last term the instructor needed a first-aid kit twice. Can you move my son to the Wednesday group? We wanted a refund for the missed Monday too.", "refund for the missed Monday"],
];

describe("clauses with a request's shape that ask nothing are no part of the ask", () => {
  for (const [rule, domain, ask, summary, reply, words, nearMiss, lostWords] of CASES) {
    it(`${rule}, ${domain}: "${words}" is no request, so the one request done is no drift`, async () => {
      expect(requests(ask).some((r) => r.includes(words))).toBe(false);
      expect((await scored(ask, summary, reply)).intentDrift).toBe(false);
    });
    it(`${rule}, ${domain}: near miss, a real second request no agent takes up is still a lost part`, async () => {
      const s = await scored(nearMiss, summary, reply);
      expect(s.intentDrift).toBe(true);
      expect(s.intentLostPart).toContain(lostWords);
    });
    it(`${rule}, ${domain}: without the rule the clause is a request and reads as a lost part (the failure it mends)`, async () => {
      // (statedTaste, thirty-fourth session, also reads "cleaned it like …" and "very loved" as no wish: off with it)
      tuneDrift({}, [rule, "statedTaste"]);
      expect(requests(ask).some((r) => r.includes(words))).toBe(true);
      const s = await scored(ask, summary, reply);
      expect(s.intentDrift).toBe(true);
      expect(s.intentLostPart).toContain(words.split(" ").slice(-2).join(" "));
    });
  }
  it("near misses of the grammar: a wish, a request after thanks, a participle without a degree adverb stay requests", () => {
    expect(requests("Would you like to see the sketch?")).toHaveLength(1);
    expect(requests("I'd like them boxed separately.")).toHaveLength(1);
    expect(requests("we'd really like it finished by June")).toHaveLength(1);
    expect(requests("Can you make it look like the old one?")).toHaveLength(1);
    expect(requests("Thanks, can you send the recipe card?").some((r) => r.includes("send the recipe card"))).toBe(true);
    expect(requests("I really needed this done by Friday.")).toHaveLength(1);
    expect(requests("I'd so love a photo with the ostriches.")).toHaveLength(1);
    expect(requests("I wanted to cancel the Thursday class.")).toHaveLength(1);
    expect(requests("We needed to change the date.")).toHaveLength(1);
    expect(requests("My wife wants a refund for the hamper.")).toHaveLength(1);
    expect(requests("My husband wanted the blue one originally.")).toHaveLength(0);
  });
});
