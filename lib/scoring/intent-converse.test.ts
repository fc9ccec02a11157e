// Rule `converse` (lexicon.ts areConverse, judge-offline.ts opposed): "borrow"/"lend", "buy"/"purchase"/"sell"
// name one transfer from its two ends — WordNet's antonyms, but the customer's "could we borrow two sewing
// machines" and the agent's "lend two sewing machines to the repair cafe" are the same act. Near misses: actions
// opposed outright in the same domains (cancel vs confirm, increase vs reduce) are still drift; with the rule off
// each converse pair is read as an antonym. The parties decide (judge-offline.ts doerOf): "could you sell me" and
// "customer wants to buy" are one act; "I want to sell my collection" and "customer wants to buy records" say the
// customer does both, which is an antonym.
// Domains in no evaluation corpus: sewing machine lending, jazz record dealing, camera lens retail.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn } from "./fixture.test-util";
import { areConverse } from "./nlp/lexicon";
import { analyzeConversation } from "./run-scorers";

// [domain, ask, summary to the final agent, its answer, its statement of the ask]
type Case = [string, string, string, string, string];
const CONVERSE: Case[] = [
  ["sewing machine lending", "Hi, our community centre runs a repair cafe. Could we borrow two sewing machines for Saturday's session?", "Borrow two sewing machines for the repair cafe, Saturday.", "Two machines are set aside for you; pick them up Friday after 4.", "Lend two sewing machines to the repair cafe for Saturday."],
  ["jazz record dealing", "I collect old jazz records. Do you have a first pressing of Kind of Blue I could buy?", "Wants to buy a first pressing of Kind of Blue.", "We have one in near-mint condition at £340; it can be posted tomorrow.", "Sell the customer a first pressing of Kind of Blue."],
  ["camera lens retail", "I'd like to purchase a 50mm portrait lens for my Nikon body, please.", "Purchase of a 50mm portrait lens for a Nikon.", "The f/1.8 50mm for Nikon is in stock at £199 and ships today.", "Sell the customer a 50mm Nikon portrait lens."],
];
const OPPOSED: Array<[...Case, string]> = [
  ["sewing machine lending", "Our repair cafe has been called off. Could you cancel the two sewing machines we reserved for Saturday?", "Cancel the two sewing machines reserved for Saturday.", "Both machines are held for you; pick them up Friday after 4.", "Confirm the two sewing machines for Saturday.", "cancel"],
  ["jazz record dealing", "I changed my mind about the Kind of Blue first pressing. Please cancel my order for it.", "Cancel the order for the Kind of Blue first pressing.", "It is packed and ready; it will be posted tomorrow.", "Confirm the order for the Kind of Blue first pressing.", "cancel"],
  ["camera lens retail", "Please increase my order of 50mm portrait lenses from two to four for the studio.", "Increase the 50mm lens order from two to four.", "Done, your order is now one lens, shipping today.", "Reduce the 50mm lens order to one.", "increase"],
];

const score = async ([, ask, summary, answer, intent]: Case) => (await analyzeConversation(conversation(handedOn(ask, summary, answer, "thanks", intent)), DEFAULT_SETTINGS)).scores;

describe("rule converse: one transfer named from its two ends is no antonym", () => {
  afterEach(() => tuneDrift());
  it("the closed set: buy/purchase–sell and borrow–lend/loan, either way round, nothing else", () => {
    expect(areConverse("borrow", "lend")).toBe(true);
    expect(areConverse("sell", "purchase")).toBe(true);
    expect(areConverse("buy", "borrow")).toBe(false);
    expect(areConverse("give", "take")).toBe(false);
    expect(areConverse("import", "export")).toBe(false);
  });
  it.each(CONVERSE)("%s: the customer's side and the agent's side of one act: no drift", async (...c) => {
    expect((await score(c)).intentDrift).toBe(false);
  });
  it.each(OPPOSED)("near miss, %s: an action opposed outright is still drift", async (...c) => {
    const s = await score(c.slice(0, 5) as Case);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
    expect(s.intentReason).toContain(`asked to ${c[5]}`);
  });
  it("the parties decide: the business asked to sell is the customer's buying; the customer on both ends is an antonym", async () => {
    const asked = async (ask: string, intent: string) => (await score(["", ask, "Records.", "We can help with that.", intent])).intentDrift;
    expect(await asked("Could you sell me the Kind of Blue first pressing you listed?", "Customer wants to buy the Kind of Blue first pressing.")).toBe(false);
    expect(await asked("I want to sell my jazz record collection, about 300 LPs.", "Customer wants to buy jazz records, about 300 LPs.")).toBe(true);
    expect(await asked("We'd like to lend our spare sewing machines to your repair cafe.", "Help the customer borrow two sewing machines.")).toBe(true);
  });
  it("converse off: each pair is read as an antonym", async () => {
    tuneDrift({}, ["converse"]);
    for (const c of CONVERSE) {
      const s = await score(c);
      expect(s.intentDrift).toBe(true);
      expect(s.intentDriftKind).toBe("antonym");
    }
  });
});
