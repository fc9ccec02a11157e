// A part of a multi-part ask reaches an agent when a tool that agent called names it by its own
// words (intent.ts lostPart, rule toolEvidence): "book_mooring" {"marina": "Foxton"} acted on "book us
// a mooring at Foxton" though no message repeats it. By stem only — a terse tool name is no
// paraphrase ("check" sits near "monitor" in the vectors) — and by the part's own words: a tool naming
// only a word both parts share ("withdraw_application" for "withdraw our application" and "a fresh
// application") shows nothing of the other part. Domains in no evaluation corpus (canal boat hire,
// violin repair, falconry days).
import { afterEach, describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());

/** The steps, with a tool call by the specialist inserted after the handoff. */
async function scores(steps: Step[], tool: string, args: Record<string, unknown>) {
  const events = conversation(steps);
  const at = events.findIndex((e) => e.type === "handoff") + 1;
  const call = { id: "tool", conversationId: "c", timestamp: events[at - 1].timestamp, type: "tool_call", agent: "desk", tool, args } as EventRecord;
  return (await analyzeConversation([...events.slice(0, at), call, ...events.slice(at)], DEFAULT_SETTINGS)).scores;
}

// [domain, two-part ask, summary (first part only), tool call naming the second part, the agent's closing message]
const CASES: Array<[string, string, string, string, Record<string, unknown>, string]> = [
  ["canal boat hire", "Can you fix the bilge pump on our narrowboat, and also book us a mooring at Foxton for Friday?", "Customer wants the bilge pump on the narrowboat fixed.", "book_mooring", { marina: "Foxton", night: "Friday" }, "The engineer will fix the pump tomorrow morning. Anything else?"],
  ["violin repair", "Please fit a new bridge to my cello, and could you also rehair the bow with black horsehair?", "Customer wants a new bridge fitted to the cello.", "rehair_bow", { hair: "black horsehair" }, "Your cello will be ready on Thursday."],
  ["falconry days", "Please move my hawk walk to Sunday, and add a photography package for my wife.", "Customer wants the hawk walk moved to Sunday.", "add_photography_package", { guest: "wife" }, "You're now on the Sunday hawk walk at 10."],
];

describe("a tool that names a part by its own words shows the part reached an agent", () => {
  it.each(CASES)("%s: no partial loss", async (_d, ask, summary, tool, args, reply) => {
    const s = await scores([{ user: ask }, { handoff: ["front", "desk"], summary }, { agent: reply }], tool, args);
    expect(s.intentDriftKind).not.toBe("partial");
  });
  it("toolEvidence off: the parts are lost again", async () => {
    tuneDrift({}, ["toolEvidence"]);
    for (const [, ask, summary, tool, args, reply] of CASES) {
      expect((await scores([{ user: ask }, { handoff: ["front", "desk"], summary }, { agent: reply }], tool, args)).intentDriftKind).toBe("partial");
    }
  });
  it.each([
    // a tool for the first part only; a tool named by a word the parts share; a tool near the part in meaning but not in words
    ["canal boat hire", "Can you fix the bilge pump on our narrowboat, and also book us a mooring at Foxton for Friday?", "Customer wants the bilge pump on the narrowboat fixed.", "fix_pump", { boat: "narrowboat" }],
    ["violin repair", "Please fit a new bridge to my cello, and could you also rehair the bow of the cello?", "Customer wants a new bridge fitted to the cello.", "cello_job", { instrument: "cello" }],
    ["falconry days", "Please move my hawk walk to Sunday, and add a photography package for my wife.", "Customer wants the hawk walk moved to Sunday.", "camera_upsell", { guest: "partner" }],
  ])("near miss, %s: the other part is still lost", async (_d, ask, summary, tool, args) => {
    const s = await scores([{ user: ask }, { handoff: ["front", "desk"], summary }, { agent: "Done, see you then." }], tool, args);
    expect(s.intentDriftKind).toBe("partial");
  });
});
