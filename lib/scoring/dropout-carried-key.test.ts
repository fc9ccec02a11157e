// A code the user gave without naming it is named by the key an agent handed it on or looked it up
// under (dropout.ts namedByAgents): a later handoff that leaves it out drops it. Near misses: a
// code no agent ever handled is dropped under no key's name (a "reference", unnamed-codes.ts unnamedIds),
// a later handoff's key cannot name a value for an earlier handoff, and a handoff whose summary
// states the value carries it.
// Failure cases and near misses in a marina, a school-uniform shop and a beekeeping supplier
// (domains in no corpus).
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

describe("an unnamed code named by the key an agent carried it under", () => {
  it("marina: a berth code handed on as `berth`, then left out on the way back, is dropped", async () => {
    const steps = (back: string) => [
      { user: "The shore power on my pontoon keeps tripping. K-0417. Can someone look today?" },
      { from: "office", to: "electrics", summary: "K-0417 shore power tripping.", payload: { berth: "K-0417" } },
      { agent: "electrics", says: "That needs the harbour master to sign off, sending you back." },
      { from: "electrics", to: "office", summary: back },
      { agent: "office", says: "The electrician will come at 3pm." },
    ];
    expect((await scored(steps("Shore power fault, needs sign-off."))).dropped).toEqual(["berth=K-0417"]);
    // near miss: the way back states the code
    expect((await scored(steps("Shore power fault on K-0417, needs sign-off."))).dropped).toEqual([]);
  });

  it("school-uniform shop: a code looked up under `docket` by a tool, then not handed over, is dropped", async () => {
    const steps = (tool: boolean) => [
      { user: "The blazer in my parcel is the wrong size. 5530-2291" },
      ...(tool ? [{ tool: "find_order", by: "desk", args: { docket: "5530-2291" }, result: { items: 3 } }] : []),
      { from: "desk", to: "returns", summary: "Wrong blazer size, wants an exchange." },
      { agent: "returns", says: "I can send a returns label today." },
    ];
    expect((await scored(steps(true))).dropped).toEqual(["docket=5530-2291"]);
    // near miss: no agent handled the code, so no key names it: an id all the same, a reference
    expect((await scored(steps(false))).dropped).toEqual(["reference=5530-2291"]);
  });

  it("beekeeping supplier: a later handoff's key does not name the code the earlier handoff dropped", async () => {
    const { dropped } = await scored([
      { user: "My nuc colony arrived queenless. BZ-7781" },
      { from: "sales", to: "support", summary: "Queenless nuc." },
      { agent: "support", says: "I'll pass you to the apiary team." },
      { from: "support", to: "apiary", summary: "Queenless nuc BZ-7781.", payload: { shipment: "BZ-7781" } },
      { agent: "apiary", says: "A replacement queen ships tomorrow." },
    ]);
    expect(dropped).toEqual(["reference=BZ-7781"]);
  });
});
