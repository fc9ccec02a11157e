// The three orchestrator–worker scores (orchestration.ts) on a failure case and a near miss each,
// across three domains: customer support (a double charge), research (e-bikes) and travel.
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { offlineJudge, type IntentJudge } from "./intent";
import { analyzeConversation } from "./run-scorers";

type Ev = Record<string, unknown>;

/** Events one second apart, with ids, in the order given. */
function conversation(id: string, list: Ev[]): EventRecord[] {
  const start = Date.parse("2026-11-20T10:00:00Z");
  // cast: fixtures written as loose objects of any event type; each is a valid stored event by construction.
  return list.map((e, i) => ({ id: `${id}-${i}`, conversationId: id, timestamp: new Date(start + i * 1000).toISOString(), ...e }) as unknown as EventRecord);
}
const user = (content: string): Ev => ({ type: "message", role: "user", content });
const say = (agent: string, content: string, metadata?: Ev): Ev => ({ type: "message", role: "agent", agent, content, ...(metadata ? { metadata } : {}) });
const delegate = (from: string, to: string, summary: string | undefined, payload?: Ev): Ev => ({ type: "handoff", agent: from, from, to, mode: "delegate", summary, payload });
const ret = (from: string, to: string, summary: string, payload?: Ev): Ev => ({ type: "handoff", agent: from, from, to, mode: "return", summary, payload });
const tool = (agent: string, name: string, args: Ev, result: unknown, metadata?: Ev): Ev => ({ type: "tool_call", agent, tool: name, args, result, ...(metadata ? { metadata } : {}) });

const analyze = (id: string, list: Ev[], settings = DEFAULT_SETTINGS) => analyzeConversation(conversation(id, list), settings);
const byTo = (a: Awaited<ReturnType<typeof analyze>>, to: string) => a.handoffs.find((h) => h.mode === "delegate" && h.to === to)!;

const EBIKE_ASK = "Compare the battery life of the three leading e-bikes under $2,000 for my commute.";
const TRIP_ASK = "Book me a flight to Lisbon on 12 May and find a hotel near the old town.";
const REFUND_ASK = "I was charged twice for order 88123 in March. Please refund the duplicate charge.";

/** A billing worker that reads three long statements before returning. */
function billingExploration(): Ev[] {
  const noise = "Statement line reconciled against the ledger; no action required. ".repeat(12);
  return [
    tool("billing", "list_charges", { order_id: "88123" }, { charges: [{ charge_id: "CH-55120", amount: 49.99, note: noise }, { charge_id: "CH-55121", amount: 49.99, note: noise }] }),
    tool("billing", "get_refund_policy", { region: "UK" }, { policy: noise.repeat(2) }),
    tool("billing", "ledger_history", { order_id: "88123" }, { entries: Array.from({ length: 6 }, () => ({ memo: noise })) }),
  ];
}

describe("ask carried", () => {
  it("failure (research): a fan-out whose delegation names something the user never asked loses the ask", async () => {
    const a = await analyze("ebike-lost", [
      user(EBIKE_ASK),
      delegate("lead", "researcher_a", "Find the battery range of the Rad Power RadCity e-bike"),
      delegate("lead", "researcher_b", "Research the history of bicycle design in the 19th century"),
      delegate("lead", "researcher_c", "Find the battery capacity of the Aventon Level e-bike"),
    ]);
    const lost = byTo(a, "researcher_b");
    expect(lost.fanOut).toEqual({ group: 0, width: 3 });
    expect(lost.orchestration!.askCarried).toBeLessThan(0.5);
    expect(lost.flags).toContain("ask_lost");
    expect(byTo(a, "researcher_a").flags).not.toContain("ask_lost");
    expect(a.conversation.flags).toContain("ask_lost");
    expect(a.scores.askCarried).toBe(lost.orchestration!.askCarried);
    // a fan-out is not role confusion and nothing in it is ignored
    expect(a.scores.roleConfusion).toBe(false);
    expect(a.handoffs.flatMap((h) => h.ignored)).toEqual([]);
  });

  it("failure (support): a delegation that hands the worker nothing at all", async () => {
    const a = await analyze("refund-empty", [user(REFUND_ASK), delegate("lead", "billing", undefined)]);
    expect(byTo(a, "billing").orchestration).toMatchObject({ askCarried: 0, askReason: expect.stringMatching(/no summary or payload/) });
    expect(byTo(a, "billing").flags).toContain("ask_lost");
  });

  it("near miss (travel): each worker of the fan-out carries its own part of a two-part ask, in other words", async () => {
    const a = await analyze("trip-split", [
      user(TRIP_ASK),
      delegate("lead", "flights", "Find flights to Lisbon departing 12 May", { destination: "LIS", date: "2026-05-12" }),
      delegate("lead", "hotels", "Find hotels close to Alfama, Lisbon's historic centre"),
    ]);
    for (const w of ["flights", "hotels"]) {
      expect(byTo(a, w).orchestration!.askCarried).toBeGreaterThanOrEqual(0.5);
      expect(byTo(a, w).flags).not.toContain("ask_lost");
    }
    expect(a.conversation.flags).not.toContain("ask_lost");
  });

  it("near miss (support): the ask paraphrased (billed two times, reverse it) is carried", async () => {
    const a = await analyze("refund-paraphrase", [user(REFUND_ASK), delegate("lead", "billing", "Find the duplicate payment on order 88123 so we can reverse it")]);
    expect(byTo(a, "billing").orchestration!.askCarried).toBeGreaterThanOrEqual(0.5);
    expect(byTo(a, "billing").flags).not.toContain("ask_lost");
  });
});

describe("ask carried: parts judged (issue 12 throughput)", () => {
  /** The offline judge, counting the parts it is asked to compare with `handed`. */
  const counting = (handed: string) => {
    const judge: IntentJudge & { parts: string[] } = { name: offlineJudge.name, parts: [], assess: (a, b, seen) => (b === handed && judge.parts.push(a), offlineJudge.assess(a, b, seen)) };
    return judge;
  };
  const carried = async (id: string, ask: string, handed: string) => {
    const judge = counting(handed);
    const a = await analyzeConversation(conversation(id, [user(ask), delegate("lead", "worker", handed)]), DEFAULT_SETTINGS, { judge });
    return { o: byTo(a, "worker").orchestration!, parts: judge.parts };
  };

  it("failure (travel, support): once a part is carried in full the later parts are not judged, and the result is that part's", async () => {
    for (const [id, ask] of [["trip-verbatim", TRIP_ASK], ["refund-verbatim", REFUND_ASK]]) {
      const { o, parts } = await carried(id, ask, ask);
      expect(parts).toHaveLength(1);
      expect(o.askCarried).toBe(1);
      expect(ask.startsWith(o.askPart!)).toBe(true);
    }
  });

  it("near miss (travel, research): a first part carried short of full leaves the later parts to judge", async () => {
    const trip = await carried("trip-second", TRIP_ASK, "Find a hotel near the old town of Lisbon");
    expect(trip.parts).toHaveLength(2);
    expect(trip.o.askCarried).toBe(1);
    expect(trip.o.askPart).toMatch(/hotel/);
    const ebike = await carried("ebike-part", `${EBIKE_ASK} Also list where to service them in Leeds.`, "List e-bike service shops in Leeds");
    expect(ebike.parts.length).toBeGreaterThanOrEqual(2);
  });
});

describe("compression ratio", () => {
  it("failure (support): a 20×+ return that drops the charge ids and amount the worker found", async () => {
    const a = await analyze("refund-squeezed", [
      user(REFUND_ASK),
      delegate("lead", "billing", "Find the duplicate charge on order 88123"),
      ...billingExploration(),
      ret("billing", "lead", "Looked into it, there is a duplicate."),
    ]);
    const o = byTo(a, "billing").orchestration!;
    expect(o.compressionRatio).toBeGreaterThan(20);
    expect(o.tokensFrom).toBe("estimate");
    expect(o.consumedToolResults).toBe(3);
    expect(o.lostFacts.map((f) => f.value)).toEqual(expect.arrayContaining(["CH-55120", "CH-55121"]));
    expect(o.overCompressed).toBe(true);
    expect(byTo(a, "billing").flags).toContain("over_compressed");
    expect(a.conversation.flags).toContain("over_compressed");
    expect(a.scores.compressionRatio).toBe(o.compressionRatio);
    // the pairing: delegation ↔ return
    const d = byTo(a, "billing");
    expect(a.handoffs[d.pair!]).toMatchObject({ mode: "return", from: "billing", pair: d.index });
  });

  it("near miss (support): the same exploration compressed as hard, but every fact it found is returned", async () => {
    const a = await analyze("refund-dense", [
      user(REFUND_ASK),
      delegate("lead", "billing", "Find the duplicate charge on order 88123"),
      ...billingExploration(),
      ret("billing", "lead", "Duplicate: CH-55121 repeats CH-55120, 49.99 each."),
    ]);
    const o = byTo(a, "billing").orchestration!;
    expect(o.compressionRatio).toBeGreaterThan(20);
    expect(o.lostFacts).toEqual([]);
    expect(o.overCompressed).toBe(false);
    expect(a.conversation.flags).not.toContain("over_compressed");
  });

  it("near miss (research): a lost fact within the 20× limit is not extreme compression; usage tokens are read when present", async () => {
    const list = [
      user(EBIKE_ASK),
      delegate("lead", "researcher_a", "Find the battery range of the Aventon Level e-bike"),
      tool("researcher_a", "web_search", { q: "Aventon Level battery" }, { snippet: "Aventon Level: 60 miles per charge", product_id: "AV-77310" }, { usage: { input_tokens: 500 } }),
      ret("researcher_a", "lead", "The Aventon Level does 60 miles on one charge, best of the three under $2,000 by a clear margin on real commutes."),
    ];
    const a = await analyze("ebike-usage", list);
    const o = byTo(a, "researcher_a").orchestration!;
    expect(o.tokensFrom).toBe("usage");
    expect(o.consumedTokens).toBe(500);
    expect(o.lostFacts.map((f) => f.value)).toContain("AV-77310");
    expect(o.overCompressed).toBe(false);
    // the project limit decides: at 10× the same return is flagged
    const strict = await analyze("ebike-usage", list, { ...DEFAULT_SETTINGS, compressionFlagRatio: 10 });
    expect(byTo(strict, "researcher_a").flags).toContain("over_compressed");
  });
});

describe("result used", () => {
  it("failure (travel): the lead answers with the flight only; the hotel worker's result is never used", async () => {
    const a = await analyze("trip-unused", [
      user(TRIP_ASK),
      delegate("lead", "flights", "Find flights to Lisbon departing 12 May"),
      delegate("lead", "hotels", "Find a hotel near Lisbon's old town"),
      ret("flights", "lead", "TAP TP1351 departs 12 May 09:40, fare €189, booking ref QXTRBM."),
      ret("hotels", "lead", "Hotel Alfama Patio has a double room for 3 nights at €420, reference HX-44719."),
      say("lead", "You're booked on TAP TP1351 on 12 May at 09:40 for €189 (booking ref QXTRBM)."),
    ]);
    expect(byTo(a, "flights").flags).not.toContain("result_unused");
    const hotels = byTo(a, "hotels");
    expect(hotels.orchestration!.resultUsed).toBeLessThan(0.25);
    expect(hotels.flags).toContain("result_unused");
    expect(a.conversation.flags).toContain("result_unused");
    expect(a.scores.resultUsed).toBe(0.5);
  });

  it("failure (support): the answer contradicts the amount the worker returned", async () => {
    const a = await analyze("refund-contradicted", [
      user(REFUND_ASK),
      delegate("lead", "billing", "Find the duplicate charge on order 88123"),
      ret("billing", "lead", "The duplicate charge is £49.99 on 14 March 2026."),
      say("lead", "I've refunded the duplicate charge of £59.99; it will reach your card in 3-5 days."),
    ]);
    const o = byTo(a, "billing").orchestration!;
    expect(o.contradicted).toEqual([expect.objectContaining({ returned: "£49.99", answered: "£59.99" })]);
    expect(byTo(a, "billing").flags).toContain("result_unused");
  });

  it("near miss (research): the answer restates the worker's result in its own words, without repeating a value", async () => {
    const a = await analyze("ebike-used", [
      user(EBIKE_ASK),
      delegate("lead", "researcher_a", "Find the battery range of the Aventon Level e-bike"),
      ret("researcher_a", "lead", "The Aventon Level has the longest battery range of the affordable commuter e-bikes."),
      say("lead", "For commuting, the Aventon Level wins on battery range among the affordable models."),
    ]);
    const d = byTo(a, "researcher_a");
    expect(d.orchestration!.resultUsed).toBeGreaterThanOrEqual(0.25);
    expect(d.flags).not.toContain("result_unused");
    expect(a.scores.resultUsed).toBe(1);
  });

  it("is null with a reason until the lead answers, and without content", async () => {
    const a = await analyze("trip-pending", [user(TRIP_ASK), delegate("lead", "flights", "Find flights to Lisbon on 12 May"), ret("flights", "lead", "TP1351 at 09:40")]);
    expect(a.scores.resultUsed).toBeNull();
    expect(a.scoreReasons.resultUsed).toMatch(/has not answered/);
  });
});
