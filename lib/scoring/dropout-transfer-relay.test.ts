// An agent that arrives by a transfer and at once delegates its task whole — one delegation before
// it hands control on, no tool call or message of its own first — relays it: it owes the worker what
// the transfer handed it (dropout.ts relayedTask), as a delegate relaying one level down does. An
// agent that works on the task first, or splits it into several delegations, is an orchestrator
// handing out sub-tasks and still owes each only what its worker asks for again (blind-v2
// `v-snowclearing-hospital-escalation-deep`; q1 `q-surfschool-group-lesson-rental-receipt` and the
// original corpus's `near-supervisor` are the near misses measured). Domains in no corpus: a lift
// maintenance firm, a marine salvage desk and a wedding florist.
import { describe, expect, it } from "vitest";
import { scored, type Step } from "./conversation.test-util";

/** intake → desk (a transfer handing `handed`), desk → worker (a delegation handing `delegated`), the worker returns, desk answers */
const run = (user: string, handed: string, delegated: string, before: Step[] = [], after: Step[] = []) =>
  scored([
    { user },
    { from: "intake", to: "desk", mode: "transfer", summary: handed },
    ...before,
    { from: "desk", to: "worker", mode: "delegate", summary: delegated },
    { from: "worker", to: "desk", mode: "return", summary: "Done." },
    ...after,
    { agent: "desk", says: "All arranged." },
  ]);

describe("a transfer's receiver that delegates at once relays what it was handed", () => {
  const lift = ["Lift stuck between floors at Harbour Court, contract LM-40917. I'm on site on 07700 900 482.", "LM-40917 Harbour Court lift stuck; site contact 07700 900 482.", "Send an engineer to LM-40917, Harbour Court."] as const;
  it("lift maintenance: the on-site phone is dropped by the desk that delegates straight away", async () => {
    expect((await run(...lift)).dropped).toEqual(["phone=07700 900 482"]);
  });
  it("near miss, lift maintenance: the desk looked the contract up first, then handed out the call-out (a sub-task)", async () => {
    const looked: Step[] = [{ tool: "get_contract", by: "desk", args: { contract: "LM-40917" }, result: { sla_hours: 4 } }];
    expect((await run(...lift, looked)).dropped).toEqual([]);
  });

  const salvage = ["Our yacht Petrel lost her rudder off Lundy, policy MS-88214. Email skipper@petrel.example.", "MS-88214 yacht Petrel, rudder lost off Lundy; skipper@petrel.example.", "Tow for the yacht Petrel on MS-88214, off Lundy."] as const;
  it("marine salvage: the skipper's email is dropped by the relay", async () => {
    expect((await run(...salvage)).dropped).toEqual(["email=skipper@petrel.example"]);
  });
  it("near miss, marine salvage: the desk splits the job into two delegations (tow, then survey)", async () => {
    const survey: Step[] = [
      { from: "desk", to: "surveyor", mode: "delegate", summary: "Survey Petrel's rudder stock when she is in." },
      { from: "surveyor", to: "desk", mode: "return", summary: "Booked." },
    ];
    expect((await run(...salvage, [], survey)).dropped).toEqual([]);
  });

  const florist = ["Order FL-30577: the bridal bouquet must reach St Mary's by 13:00 on 2026-06-13.", "FL-30577 bridal bouquet to St Mary's by 13:00, 2026-06-13.", "Make up the bridal bouquet for FL-30577."] as const;
  it("wedding florist: the delivery date is dropped by the relay", async () => {
    expect((await run(...florist)).dropped).toEqual(["date=2026-06-13"]);
  });
  it("near miss, wedding florist: the desk told the customer first, so its delegation is its own sub-task", async () => {
    expect((await run(...florist, [{ agent: "desk", says: "Thank you, I'll get the workroom started." }])).dropped).toEqual([]);
  });
});
