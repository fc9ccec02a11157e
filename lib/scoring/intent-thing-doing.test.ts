// What a thing is doing is the problem, not an action the user wants (nlp/parse.ts describesState;
// issue 12, drift13p): "the leaves *are dropping* off", "the fence panels are blowing off" — a
// progressive after a noun subject — is no "drop"/"remove" to be opposed to the remedy the agent
// sells ("buy new panels"). The user's own progressive ("I am cancelling") and an imperative ("take
// the old carpet off") keep their action. Near misses and failure cases in domains in no evaluation
// corpus (fencing, shed roofing, caravan accessories).
import { describe, expect, it } from "vitest";
import { offlineAssess } from "./judge-offline";
import { parseText } from "./nlp/parse";

const judge = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });
const actions = (text: string) => parseText(text).terms.filter((t) => t.pos === "VERB" && !t.state).map((t) => t.lemma);

describe("a progressive after a noun subject says what the thing is doing", () => {
  it.each([
    ["fencing", "The fence panels are blowing off in the wind, what can we do?", "Customer wants to buy stronger fence panels"],
    ["shed roofing", "The shed roof felt is tearing off at the edges, what should I get?", "Customer wants to buy new roofing felt for the shed"],
    ["caravan accessories", "Our caravan awning is sagging and the poles are dropping, any advice?", "Customer wants to buy replacement awning poles"],
  ])("near miss, %s: the remedy sold is no opposite action", (_d, ask, interpretation) => {
    const v = judge(ask, interpretation);
    expect(v).not.toMatchObject({ driftKind: "antonym" });
    expect(v.score === null || v.score >= 0.5).toBe(true);
  });

  it.each([
    ["fencing", "The fence panels are blowing off in the wind", "We are taking the old fence panels off ourselves", "remove"],
    ["shed roofing", "the gutter is leaking onto the shed roof", "we are leaking heat through the shed roof", "leak"],
    ["caravan accessories", "The awning poles are bending", "We are bending the awning poles back into shape", "bend"],
  ])("%s: a noun subject's progressive is a state, a pronoun subject's an action", (_d, thing, person, verb) => {
    expect(actions(thing)).not.toContain(verb);
    expect(actions(person)).toContain(verb);
  });

  it.each([
    ["fencing", "I am cancelling the fence repair contract, please process it", "renew the fence repair contract for another year", "cancel"],
    ["shed roofing", "Can you take the old felt off the shed roof?", "add new felt to the shed roof", "remove"],
    ["caravan accessories", "We're selling our caravan, can you list it for us?", "help the customer buy a caravan", "sell"],
  ])("failure case, %s: the user's own action against its opposite is still drift", (_d, ask, interpretation, asked) => {
    const v = judge(ask, interpretation);
    expect(v).toMatchObject({ driftKind: "antonym" });
    expect(v.score).toBeLessThan(0.5);
    expect((v as { reason: string }).reason).toContain(`asked to ${asked}`);
  });
});
