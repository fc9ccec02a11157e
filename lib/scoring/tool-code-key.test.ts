// A code whose letters name its own key is that key's identifier (facts.ts namesItsKey): a repair
// tool's `{"rma": "RMA-40219"}` was no fact ("rma" is no slot and no "<thing> number" key), so a
// handoff that left the RMA out dropped only the order. Near misses: a code whose letters are not
// its key's ("model": "XR-200"), a name with a number ("room": "Room 12"), an item of a list, and (from
// blind-am3) a phrase that opens with a code: "channels": "Ch38 licence-free" was taken for the channel's
// identifier, and a return that wrote "licence-free Ch38" dropped it. A code typed in groups ("PER 5521 B")
// keeps its groups of capitals and digits.
// Domains in no corpus: electronics returns, parking permits, coworking memberships.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";
import { factsFromJson } from "./facts";

const run = (result: Record<string, unknown>, summary: string) =>
  scored([{ user: "My headphones stopped charging." }, { tool: "create_return", by: "repairs", result }, { from: "repairs", to: "refunds", summary }, { agent: "refunds", says: "Your refund is on its way." }]);

describe("a code whose letters name its key", () => {
  it("electronics returns: the RMA a tool created and the handoff left out is dropped; carried, it is not", async () => {
    expect(await run({ rma: "RMA-40219", outcome: "refund" }, "Headphones won't charge, refund agreed.")).toEqual({ dropped: ["rma=RMA-40219"], reasks: [] });
    expect(await run({ rma: "RMA-40219", outcome: "refund" }, "Headphones won't charge, refund agreed under RMA-40219.")).toEqual({ dropped: [], reasks: [] });
    expect(await run({ model: "XR-200", outcome: "refund" }, "Headphones won't charge, refund agreed.")).toEqual({ dropped: [], reasks: [] });
  });
  it("parking permits: 'permit': 'PER-5521' is the permit's; 'zone': 'CPZ-4' names no zone key", () => {
    expect(factsFromJson({ permit: "PER-5521", zone: "CPZ-4" }, [])).toEqual([{ field: "permit", value: "PER-5521", key: "permit" }]);
  });
  it("electronics returns: a phrase that opens with a code is no code ('channel': 'Ch38 licence-free'); groups of capitals and digits are", () => {
    expect(factsFromJson({ channel: "Ch38 licence-free", status: "Ret-2 pending" }, [])).toEqual([]);
    expect(factsFromJson({ permit: "PER-5521 B" }, [])).toEqual([{ field: "permit", value: "PER-5521 B", key: "permit" }]);
  });
  it("coworking: 'membership': 'MEM-3391' is a fact; 'room': 'Room 12' and a list of codes are not", () => {
    expect(factsFromJson({ membership: "MEM-3391", room: "Room 12" }, [])).toEqual([{ field: "membership", value: "MEM-3391", key: "membership" }]);
    expect(factsFromJson({ memberships: ["MEM-3391", "MEM-3392"] }, [])).toEqual([]);
  });
});
