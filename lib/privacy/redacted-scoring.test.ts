// The scorers on redacted data (issue 17 item 3): a token is a value of its kind, so dropout and
// re-ask compare tokens as they compared the clear values; with redaction off nothing changes.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { toRecords } from "../scoring/eval";
import { analyzeConversation } from "../scoring/run-scorers";
import { token, type Redactor } from "./redact";

const hash: Redactor = { mode: "hash", key: "unit-test-redaction-key", projectId: "p1", fieldKeys: new Set() };

const conversation = (opts: { userEmail: boolean; carried: boolean }) => [
  { timestamp: 0, type: "message", role: "user", content: opts.userEmail ? "I moved house, my email is ann.lee@example.com" : "I moved house" },
  { timestamp: 1000, type: "handoff", from: "triage", to: "accounts", summary: opts.carried ? "Address change for ann.lee@example.com" : "Address change" },
  { timestamp: 2000, type: "message", role: "agent", agent: "accounts", content: "Sure. What is your email address?" },
];

async function analyze(raw: Array<Record<string, unknown>>, redactor?: Redactor) {
  return analyzeConversation(toRecords("c", raw, redactor), DEFAULT_SETTINGS);
}

describe("scorers on redacted events", () => {
  it("an email known before the handoff and not handed over is dropped and re-asked, named by its token", async () => {
    expect(toRecords("c", conversation({ userEmail: true, carried: false }), hash)[0]).toMatchObject({
      content: `I moved house, my email is ${token("email", "ann.lee@example.com", hash)}`,
    });
    const a = await analyze(conversation({ userEmail: true, carried: false }), hash);
    expect(a.handoffs[0].dropped).toEqual([{ field: "email", value: token("email", "ann.lee@example.com", hash) }]);
    expect(a.scores.reaskCount).toBe(1);
  });

  it("near miss: handed over (the same token in the summary), it is carried; still re-asked, as in clear text", async () => {
    const clear = await analyze(conversation({ userEmail: true, carried: true }));
    const red = await analyze(conversation({ userEmail: true, carried: true }), hash);
    expect(red.handoffs[0].dropped).toEqual([]);
    expect(red.scores.reaskCount).toBe(clear.scores.reaskCount);
  });

  it("near miss: never given, asking for it is no re-ask", async () => {
    const a = await analyze(conversation({ userEmail: false, carried: false }), hash);
    expect(a.scores.reaskCount).toBe(0);
    expect(a.handoffs[0].dropped).toEqual([]);
  });
});
