// A departure from an earlier statement of the ask is judged with what the final agent then told the
// user (intent.ts, throughEarlier, RULE.bridgeSupport; issue 12, drift14f), as the final
// interpretation itself is: a chain's last brief asks to send the thing somewhere ("Send the
// grandfather clock … to the restoration bench"), the final agent states the remedy in its trade's
// words ("get the striking train mended") and its reply does what the brief asked ("we send it
// over tomorrow"). Read without the reply, that was drift (blind-i1's warranty chain, a clean
// conversation). Near misses (the reply acts on the brief: no drift claimed) and failure cases (a
// reply that names nothing of it: drift as before) in domains in no evaluation corpus (clock
// repair, hearing aids, sewing machines); switching the rule off must make the near misses drift.
import { afterEach, describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { analyzeConversation } from "./run-scorers";

function events(ask: string, intake: string, brief: string, intent: string, reply: string): EventRecord[] {
  const base = (i: number) => ({ id: `e${i}`, conversationId: "c", timestamp: new Date(Date.UTC(2026, 11, 3, 9, 0, i)).toISOString() });
  const handoff = (i: number, from: string, to: string, summary: string) => ({ ...base(i), type: "handoff", agent: from, from, to, mode: "transfer", summary, payload: {} });
  return [
    { ...base(0), type: "message", role: "user", content: ask },
    handoff(1, "triage", "intake", intake),
    handoff(2, "intake", "transport", brief),
    { ...base(3), type: "intent", agent: "transport", intent },
    { ...base(4), type: "message", role: "agent", agent: "transport", content: reply },
  ] as EventRecord[];
}
const drift = async (...a: Parameters<typeof events>) => (await analyzeConversation(events(...a), DEFAULT_SETTINGS)).scores.intentDrift;

afterEach(() => tuneDrift());

// [domain, ask, intake summary, brief to the final agent, final intent, a reply acting on the brief, a reply naming nothing of it]
const CASES: Array<[string, string, string, string, string, string, string]> = [
  ["clock repair", "My grandfather clock stopped chiming last week. It is still under the repair guarantee, ticket 55120.", "Chime fault, ticket 55120, under guarantee.", "Send the grandfather clock for ticket 55120 to the restoration bench.", "get the silent striking train mended at no charge", "That is approved at no charge; we send it over tomorrow morning.", "That is approved at no charge. We will be in touch."],
  ["hearing aids", "My left hearing aid went silent yesterday. It is still under warranty, serial HA-88213.", "Silent left aid, serial HA-88213, warranty.", "Please post the left hearing aid HA-88213 to the audiology lab.", "get the dead earpiece sorted at no charge by the maker", "That is approved at no charge; we post it off this afternoon.", "That is approved at no charge. We will be in touch."],
  ["sewing machines", "My sewing machine motor died after two months. Still under warranty, receipt 40917.", "Motor dead, receipt 40917, warranty.", "Please ship the sewing machine with the dead motor for receipt 40917 to the service depot.", "get the broken drive unit swapped at no charge", "That is approved at no charge; we ship it out on Monday.", "That is approved at no charge. We will be in touch."],
];

describe("a departure from an earlier statement of the ask, judged with the final agent's replies", () => {
  it.each(CASES)("near miss, %s: the reply does what the brief asked: no drift claimed", async (_d, ask, intake, brief, intent, acting) => {
    expect(await drift(ask, intake, brief, intent, acting)).not.toBe(true);
  });
  // (RULE.askedAgain off: the user here never asks again, which another thing done against the brief
  // now needs to be drift: intent-asked-again.test.ts)
  it.each(CASES)("%s: a reply that names nothing of the brief leaves the departure: drift", async (_d, ask, intake, brief, intent, _acting, vague) => {
    tuneDrift({}, ["askedAgain"]);
    expect(await drift(ask, intake, brief, intent, vague)).toBe(true);
  });
  it.each(CASES)("%s, rule off: the near miss is drift again (the reply unread)", async (_d, ask, intake, brief, intent, acting) => {
    tuneDrift({}, ["bridgeSupport", "askedAgain"]);
    expect(await drift(ask, intake, brief, intent, acting)).toBe(true);
  });
});
