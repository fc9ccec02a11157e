import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeConversation } from "../scoring/run-scorers";
import { rollupContributions } from "../scoring/rollups";
import { releaseFrom } from "./extract";
import { SEP } from "./rollups";
import { langsmithRelease, openAIRelease, otlpRelease } from "./sources";

const t = (s: number) => new Date(Date.UTC(2026, 10, 20, 10, 0, s)).toISOString();
function conversation(meta: Array<Record<string, unknown> | undefined>, payload: Record<string, unknown> = { email: "ann@example.com" }): EventRecord[] {
  return [
    { id: "1", conversationId: "c", timestamp: t(0), type: "message", role: "user", content: "Refund order 8812 please, my email is ann@example.com", metadata: meta[0] },
    { id: "2", conversationId: "c", timestamp: t(1), type: "handoff", agent: "triage", from: "triage", to: "billing", summary: "Refund", payload, metadata: meta[1] },
    { id: "3", conversationId: "c", timestamp: t(2), type: "handoff", agent: "billing", from: "billing", to: "refunds", payload: { order_id: "8812", email: "ann@example.com" }, metadata: meta[2] },
    { id: "4", conversationId: "c", timestamp: t(3), type: "resolution", agent: "refunds", status: "resolved", csat: 3, metadata: meta[3] },
  ].map((e) => (e.metadata ? e : { ...e, metadata: undefined })) as EventRecord[];
}

describe("release of a conversation and of each handoff", () => {
  it("a handoff takes the release live at it; the conversation the last one; before any, the first one", async () => {
    const a = await analyzeConversation(conversation([undefined, { release: "v1" }, { release: "v2" }, undefined]), DEFAULT_SETTINGS);
    expect(a.handoffs.map((h) => h.release)).toEqual(["v1", "v2"]);
    expect(a.conversation).toMatchObject({ release: "v2", csat: 3 });
    const b = await analyzeConversation(conversation([undefined, undefined, { release: "v3" }, undefined]), DEFAULT_SETTINGS);
    expect(b.handoffs.map((h) => h.release)).toEqual(["v3", "v3"]);
  });

  it("no release anywhere: null, and nothing in the release dims (edge details still counted)", async () => {
    const a = await analyzeConversation(conversation([{ build: "x" }, undefined, undefined, undefined]), DEFAULT_SETTINGS);
    expect(a.conversation.release).toBeNull();
    const dims = new Set(rollupContributions(a).map((c) => c.dim));
    expect([...dims].filter((d) => d.startsWith("release"))).toEqual([]);
    expect(dims).toContain("edge_field:triage→billing");
  });

  it("contributes per release and per release × edge, with payload keys, dropped fields and the CSAT split", async () => {
    const a = await analyzeConversation(conversation([{ release: "v1" }, undefined, undefined, undefined]), DEFAULT_SETTINGS);
    const c = rollupContributions(a);
    const find = (metric: string, dim: string, dimValue: string) => c.find((x) => x.metric === metric && x.dim === dim && x.dimValue === dimValue);
    expect(find("conversations", "release", "v1")).toMatchObject({ sum: 1, count: 1 });
    expect(find("handoffs", "release", "v1")).toMatchObject({ count: 2 });
    expect(find("dropout_rate", "release_edge:v1", "triage→billing")).toMatchObject({ sum: 1, count: 1 });
    expect(find("dropout_rate", "release_edge:v1", "billing→refunds")).toMatchObject({ sum: 0, count: 1 });
    expect(find("summary_length", "release_edge:v1", "triage→billing")).toMatchObject({ sum: 6, count: 1 });
    expect(find("summary_length_sq", "release_edge:v1", "triage→billing")).toMatchObject({ sum: 36 });
    expect(find("payload_key", "release_edge_key:v1", `triage→billing${SEP}email`)).toMatchObject({ count: 1 });
    expect(find("dropped_field", "release_edge_key:v1", `triage→billing${SEP}order_id`)).toMatchObject({ count: 1 });
    expect(find("dropped_field", "edge_field:triage→billing", "order_id")).toMatchObject({ count: 1 });
    expect(find("csat_mean", "release_edge:v1", "triage→billing")).toMatchObject({ sum: 3, count: 1 });
    expect(find("csat_mean_sq", "release_edge:v1", "triage→billing")).toMatchObject({ sum: 9 });
    // the comparison's dims by UTC day (its only reader sums a release's whole life); first seen stays hourly
    const day = "2026-11-20T00:00:00.000Z";
    for (const x of c.filter((x) => x.dim.startsWith("release_edge"))) expect(x.bucket).toBe(day);
    expect(find("conversations", "release", "v1")?.bucket).toBe("2026-11-20T10:00:00.000Z");
    expect(find("dropped_field", "edge_field:triage→billing", "order_id")?.bucket).toBe("2026-11-20T10:00:00.000Z");
  });
});

describe("where each source keeps the release", () => {
  it("strings and numbers, trimmed and cut; empty values and objects are not a release", () => {
    expect(releaseFrom({ release: "  2.4.0 " }, ["release"])).toBe("2.4.0");
    expect(releaseFrom({ version: 7 }, ["release", "version"])).toBe("7");
    expect(releaseFrom({ release: "", version: { major: 1 } }, ["release", "version"])).toBeNull();
    expect(releaseFrom({ release: "x".repeat(300) }, ["release"])).toHaveLength(128);
    expect(releaseFrom(null, ["release"])).toBeNull();
  });

  it("OTel: resource service.version before the span's; LangSmith: revision_id, then ls_version; a configured key first", () => {
    expect(otlpRelease({ "service.version": "1.0" }, { "service.version": "9" }, {})).toBe("1.0");
    expect(otlpRelease({}, { "service.version": "9" }, {})).toBe("9");
    expect(otlpRelease({ "service.version": "1.0", "deploy.id": "d7" }, {}, { releaseKey: "deploy.id" })).toBe("d7");
    expect(langsmithRelease({ ls_version: "0.9", revision_id: "abc" }, {})).toBe("abc");
    expect(langsmithRelease({ ls_version: "0.9" }, {})).toBe("0.9");
    expect(langsmithRelease({ ls_version: "0.9", tag: "t" }, { releaseKey: "tag" })).toBe("t");
    expect(openAIRelease({ release: "r", version: "v" }, {})).toBe("r");
    expect(openAIRelease({ scenario: "x" }, {})).toBeNull();
  });
});
