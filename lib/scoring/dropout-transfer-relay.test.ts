// An agent that arrives by a transfer and at once delegates — one delegation before it hands control
// on, no tool call or message of its own first — may relay its task or hand out a sub-task that needs
// less than it was handed. What it left out is owed (dropout.ts needSurfaced) once the need for it
// surfaces while the task is still with that agent: the user gives the value again, names its field,
// or asks to be reached on it (blind-v2 `v-snowclearing-hospital-escalation-deep`: "will he call me
// when he's here?" after the on-site phone was left behind). Without that, a held-out corpus read a
// delegation of this shape as a scoped sub-task (a false alarm of the facts22 reading, reverted).
// An agent that works first or splits its task is an orchestrator whatever the user says after.
// Domains in no corpus: a lift maintenance firm, a marine salvage desk and a wedding florist.
import { describe, expect, it } from "vitest";
import { scored, type Step } from "./conversation.test-util";

/** intake → desk (a transfer handing `handed`), desk → worker (a delegation handing `delegated`), the worker returns, the user says `later`, desk answers */
const run = (user: string, handed: string, delegated: string, later: string, before: Step[] = [], after: Step[] = []) =>
  scored([
    { user },
    { from: "intake", to: "desk", mode: "transfer", summary: handed },
    ...before,
    { from: "desk", to: "worker", mode: "delegate", summary: delegated },
    { from: "worker", to: "desk", mode: "return", summary: "Done." },
    ...after,
    { agent: "desk", says: "All arranged." },
    { user: later },
    { agent: "desk", says: "You're welcome." },
  ]);

describe("a transfer's receiver that delegates at once owes what it left out once the need surfaces", () => {
  const lift = ["Lift stuck between floors at Harbour Court, contract LM-40917. I'm on site on 07700 900 482.", "LM-40917 Harbour Court lift stuck; site contact 07700 900 482.", "Send an engineer to LM-40917, Harbour Court."] as const;
  it("lift maintenance: the user asks to be rung, and the phone never reached the engineer", async () => {
    expect((await run(...lift, "will the engineer ring me when he gets here?")).dropped).toEqual(["phone=07700 900 482"]);
  });
  it("near miss, lift maintenance: the user only thanks the desk (a sub-task that needed no phone)", async () => {
    expect((await run(...lift, "great, thanks for sorting it")).dropped).toEqual([]);
  });
  it("near miss, lift maintenance: the desk looked the contract up first, so the call-out is its sub-task", async () => {
    const looked: Step[] = [{ tool: "get_contract", by: "desk", args: { contract: "LM-40917" }, result: { sla_hours: 4 } }];
    expect((await run(...lift, "will the engineer ring me when he gets here?", looked)).dropped).toEqual([]);
  });

  const salvage = ["Our yacht Petrel lost her rudder off Lundy, policy MS-88214. Email skipper@petrel.example.", "MS-88214 yacht Petrel, rudder lost off Lundy; skipper@petrel.example.", "Tow for the yacht Petrel on MS-88214, off Lundy."] as const;
  it("marine salvage: the skipper asks for the tow report by email, which the relay left behind", async () => {
    expect((await run(...salvage, "can you email me the tow report afterwards?")).dropped).toEqual(["email=skipper@petrel.example"]);
  });
  it("near miss, marine salvage: the skipper asks about the tow, not about being reached", async () => {
    expect((await run(...salvage, "how long will the tow take?")).dropped).toEqual([]);
  });
  it("near miss, marine salvage: the desk splits the job into two delegations (tow, then survey)", async () => {
    const survey: Step[] = [
      { from: "desk", to: "surveyor", mode: "delegate", summary: "Survey Petrel's rudder stock when she is in." },
      { from: "surveyor", to: "desk", mode: "return", summary: "Booked." },
    ];
    expect((await run(...salvage, "can you email me the tow report afterwards?", [], survey)).dropped).toEqual([]);
  });

  const florist = ["Order FL-30577: the bridal bouquet must reach St Mary's by 13:00 on 2026-06-13.", "FL-30577 bridal bouquet to St Mary's by 13:00, 2026-06-13.", "Make up the bridal bouquet for FL-30577."] as const;
  it("wedding florist: the bride gives the date again, which the workroom was never handed", async () => {
    expect((await run(...florist, "just so you know it has to be there on 2026-06-13!")).dropped).toEqual(["date=2026-06-13"]);
  });
  it("near miss, wedding florist: the bride asks about the flowers, not the date", async () => {
    expect((await run(...florist, "will there be peonies in it?")).dropped).toEqual([]);
  });
  it("near miss, wedding florist: the desk told the customer first, so its delegation is its own sub-task", async () => {
    expect((await run(...florist, "just so you know it has to be there on 2026-06-13!", [{ agent: "desk", says: "Thank you, I'll get the workroom started." }])).dropped).toEqual([]);
  });
});
