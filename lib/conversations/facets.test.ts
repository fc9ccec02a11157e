import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { conversationFacets, METADATA_LIMITS } from "./facets";

const ev = (over: Record<string, unknown>) =>
  // cast: a fixture of any event type from loose overrides; conversationFacets reads only type, csat and metadata.
  ({ id: "e", conversationId: "c", timestamp: "2026-11-20T00:00:00Z", type: "message", role: "user", content: "hi", ...over }) as unknown as EventRecord;

describe("conversationFacets", () => {
  it("merges scalar metadata, later events winning, and skips objects and long keys", () => {
    const f = conversationFacets([
      ev({ metadata: { release: "v1", prompt: 3, nested: { a: 1 } } }),
      ev({ metadata: { release: "v2", beta: true, ["k".repeat(METADATA_LIMITS.keyLength + 1)]: "x" } }),
    ]);
    expect(f.metadata).toEqual({ release: "v2", prompt: "3", beta: "true" });
  });

  it("keeps at most the key limit, and truncates long values", () => {
    const many = Object.fromEntries(Array.from({ length: METADATA_LIMITS.keys + 5 }, (_, i) => [`k${i}`, "v".repeat(300)]));
    const f = conversationFacets([ev({ metadata: many })]);
    expect(Object.keys(f.metadata)).toHaveLength(METADATA_LIMITS.keys);
    expect(f.metadata.k0).toHaveLength(METADATA_LIMITS.valueLength);
  });
});
