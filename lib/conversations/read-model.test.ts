// The read model's round trip: what the scorers produce, written as persist.ts writes it (the row
// through JSON, as jsonb stores it) and read back as queries.ts reads it, is the handoff the scorer
// produced; a stored row that no longer matches fails naming the path; absent newer fields read as null.
import { describe, expect, it } from "vitest";
import { dropoutConversation, fanOutConversation } from "../../tests/helpers/conversations";
import { fromRow, IngestEvent, toRow } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeConversation } from "../scoring/run-scorers";
import { fromHandoffRow, ScoresSchema, toHandoffRow, type Handoff } from "./read-model";

/** Stored events as the worker reads them: validated, split into columns, rebuilt. */
const stored = (raw: unknown[]) => raw.map((r) => fromRow(toRow(IngestEvent.parse(r))));
/** A row as it comes back from PostgreSQL: jsonb through JSON, timestamptz as a Date. */
const throughDb = (h: Handoff) => {
  const row = JSON.parse(JSON.stringify(toHandoffRow(h)));
  return { ...row, at: new Date(row.at) };
};
const view = ({ shape: _s, contextTokens: _c, release: _r, ...h }: Awaited<ReturnType<typeof analyzeConversation>>["handoffs"][number]): Handoff => h;

describe("handoff read model", () => {
  it("reads back every handoff of a fan-out (orchestration, fan-out, pair) and of a dropout (diff, dropped, re-asks) as analysed", async () => {
    for (const raw of [fanOutConversation("c-fan"), dropoutConversation("c-drop")]) {
      const a = await analyzeConversation(stored(raw), DEFAULT_SETTINGS);
      expect(a.handoffs.length).toBeGreaterThan(0);
      for (const h of a.handoffs) expect(fromHandoffRow(throughDb(h))).toEqual(view(h));
    }
    const fan = await analyzeConversation(stored(fanOutConversation("c-fan")), DEFAULT_SETTINGS);
    expect(fan.handoffs.some((h) => h.orchestration !== null && h.fanOut !== null && h.pair !== null)).toBe(true);
  });

  it("rejects a stored row whose re-ask lost its field, naming the path (near miss: contract breaks and orchestration null)", async () => {
    const [h] = (await analyzeConversation(stored(dropoutConversation("c-bad")), DEFAULT_SETTINGS)).handoffs;
    const ok = { ...throughDb(h), contractBreaks: null, orchestration: null };
    expect(fromHandoffRow(ok).orchestration).toBeNull();
    const bad = { ...ok, reasks: [{ eventId: "e1", field: 5 }] };
    expect(() => fromHandoffRow(bad)).toThrow(/reasks[\s\S]*field|field[\s\S]*reasks/);
    expect(() => fromHandoffRow({ ...ok, mode: "teleport" })).toThrow(/mode/);
  });
});

describe("scores read model", () => {
  it("reads a score a newer worker adds as null when an older row lacks it, but fails on a missing original score", async () => {
    const { scores } = await analyzeConversation(stored(dropoutConversation("c-s")), DEFAULT_SETTINGS);
    const { askCarried: _a, intentJudge: _j, ...older } = scores;
    expect(ScoresSchema.parse(older)).toEqual({ ...scores, askCarried: null, intentJudge: null });
    const { droppedFields: _d, ...broken } = scores;
    expect(() => ScoresSchema.parse(broken)).toThrow(/droppedFields/);
  });
});
