// Partial loss of a part handed over but never taken up (issue 12, blind-e): a two-request ask
// whose second request a summary relays, while nothing the agents say comes near it. Failure cases
// and near misses in domains in no evaluation corpus (pest control, ski rental, tailoring); the
// conversations are written here for the rule.
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeConversation } from "./run-scorers";

function events(ask: string, summary: string, intent: string | null, reply: string): EventRecord[] {
  const at = (i: number) => new Date(Date.UTC(2026, 10, 24, 10, 0, i)).toISOString();
  const base = (i: number) => ({ id: `e${i}`, conversationId: "c", timestamp: at(i) });
  return [
    { ...base(0), type: "message", role: "user", content: ask },
    { ...base(1), type: "handoff", agent: "front", from: "front", to: "desk", mode: "transfer", summary, payload: {} },
    ...(intent ? [{ ...base(2), type: "intent", agent: "desk", intent }] : []),
    { ...base(3), type: "message", role: "agent", agent: "desk", content: reply },
  ] as EventRecord[];
}

const scores = async (...a: Parameters<typeof events>) => (await analyzeConversation(events(...a), DEFAULT_SETTINGS)).scores;

const PEST = ["Please spray the loft for wasps and seal the gap under the eaves. Ref PC-2231", "Client request: spray the loft for wasps and seal the gap under the eaves.", null] as const;
const SKI = ["ski hire -> 2 more days pls + swap my helmet for a bigger one. SR-4410", "Customer request: extend the ski hire by 2 days and swap the helmet for a bigger one.", "customer wants the ski rental lengthened by two days"] as const;
const TAILOR = ["Please hem my grey trousers and also dye my silk scarf navy. Ticket TL-7781", "Customer request: hem the grey trousers and dye the silk scarf navy.", "customer wants the trousers hemmed"] as const;

describe("a part relayed by a summary that no agent takes up is partial loss", () => {
  it.each([
    ["pest control", ...PEST, "The loft has been treated for wasps today.", "seal the gap under the eaves"],
    ["ski rental", ...SKI, "Done, your skis are yours until Sunday.", "swap my helmet for a bigger one"],
    ["tailoring", ...TAILOR, "Your trousers are hemmed and ready to collect.", "dye my silk scarf navy"],
  ])("%s: drift, kind partial, naming the part", async (_domain, ask, summary, intent, reply, part) => {
    const s = await scores(ask, summary, intent, reply);
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "partial", intentLostPart: part });
    expect(s.intentReason).toContain("no agent took it up");
  });

  it.each([
    ["pest control", ...PEST, "The loft has been treated for wasps and the gap is sealed."],
    ["ski rental", ...SKI, "Done, your skis are yours until Sunday and your helmet has been exchanged for a bigger one."],
    ["tailoring", ...TAILOR, "Your trousers are hemmed and the scarf is dyed navy."],
  ])("near miss, %s: the agent takes up both parts, in its own words", async (_domain, ask, summary, intent, reply) => {
    const s = await scores(ask, summary, intent, reply);
    expect(s.intentDrift).toBe(false);
  });

  it("near miss: a plus inside a value or a phone number joins nothing", async () => {
    const s = await scores("Please move my ski lesson to Friday, call +44 7700 900123", "Customer request: move the ski lesson to Friday.", "customer wants the ski lesson moved to Friday", "Your lesson is now on Friday.");
    expect(s.intentDrift).toBe(false);
  });
});
