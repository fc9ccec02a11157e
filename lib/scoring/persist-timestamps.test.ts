// The worker's batch read takes an event's timestamptz straight to its ISO text (persist.ts
// isoFromPg): it must be, for every text PostgreSQL writes, what pg's own reader and toISOString
// gave before.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { isoFromPg } from "./persist";

const viaDate = (text: string) => (pg.types.getTypeParser(1184, "text") as (v: string) => Date)(text).toISOString();

describe("isoFromPg", () => {
  it("keeps the milliseconds a Date keeps of every six-digit fraction", () => {
    // the short way takes the fraction's first three digits; the Date keeps trunc(1000 × 0.ffffff)
    let differ = 0;
    for (let k = 0; k < 1_000_000; k++) {
      const f = String(k).padStart(6, "0");
      if (Math.trunc(1000 * parseFloat(`.${f}`)) !== Number(f.slice(0, 3))) differ++;
    }
    expect(differ).toBe(0);
  });

  it("gives what pg's reader and toISOString give, at UTC and at any other offset", () => {
    const texts = [
      "2026-11-30 09:00:03+00",
      "2026-11-30 09:00:03.1+00",
      "2026-11-30 09:00:03.05+00",
      "2026-11-30 09:00:03.123+00",
      "2026-11-30 09:00:03.999999+00",
      "2024-02-29 23:59:59.000001+00",
      "0099-01-01 00:00:00+00",
      "1969-12-31 23:59:59.5+00",
      // another session time zone, a year past 9999, before Christ: pg's reader, as before
      "2026-11-30 14:30:03.123456+05:30",
      "2026-11-30 01:00:03.5-08",
      "2026-06-01 12:00:00+01",
      "10000-01-01 00:00:00+00",
      "0044-03-15 12:00:00+00 BC",
    ];
    for (const t of texts) expect(isoFromPg(t), t).toBe(viaDate(t));
    for (let i = 0; i < 2_000; i++) {
      const ms = Date.UTC(1970 + (i % 90), i % 12, 1 + (i % 28), i % 24, (7 * i) % 60, (13 * i) % 60) + ((i * 7919) % 1_000_000) / 1000;
      const d = new Date(Math.floor(ms));
      const frac = String((i * 7919) % 1_000_000).padStart(6, "0");
      const text = `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 19)}.${frac}+00`;
      expect(isoFromPg(text), text).toBe(viaDate(text));
    }
  });

  it("is the timestamp's own text when that is already an ISO form (fromRow keeps it)", async () => {
    const { fromRow } = await import("../ingest/schemas");
    const row = { id: "e1", conversationId: "c1", type: "message", agent: null, turn: null, data: { role: "user", content: "hi" }, metadata: null };
    expect(fromRow({ ...row, ts: "2026-11-30T09:00:03.123Z" }).timestamp).toBe("2026-11-30T09:00:03.123Z");
    expect(fromRow({ ...row, ts: new Date("2026-11-30T09:00:03.123Z") }).timestamp).toBe("2026-11-30T09:00:03.123Z");
  });
});
