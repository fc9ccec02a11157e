// What the conversations list filters and sorts on beyond the scores (issue 15, item 6): the CSAT of
// a conversation and the scalar metadata of its events (release, prompt version, …). Pure, computed
// by the worker from the ordered events and stored on the conversations row, so the list never reads
// events. The release has its own column (lib/releases/extract.ts reads every source).
import type { EventRecord } from "../ingest/schemas";

/** Bounds on what is kept, so a chatty client cannot grow the row (and the GIN index) without limit. */
export const METADATA_LIMITS = { keys: 32, keyLength: 64, valueLength: 200 } as const;

export interface ConversationFacets {
  /** the CSAT of the last resolution event that carries one (a late rating replaces an earlier one) */
  csat: number | null;
  /** top-level scalar metadata of all events, later events winning; values kept as strings */
  metadata: Record<string, string>;
}

export function conversationFacets(events: readonly EventRecord[]): ConversationFacets {
  let csat: number | null = null;
  const metadata: Record<string, string> = {};
  for (const e of events) {
    if (e.type === "resolution" && typeof e.csat === "number") csat = e.csat;
    for (const [k, v] of Object.entries(e.metadata ?? {})) {
      if (k.length > METADATA_LIMITS.keyLength || !isScalar(v)) continue;
      if (!(k in metadata) && Object.keys(metadata).length >= METADATA_LIMITS.keys) continue;
      metadata[k] = String(v).slice(0, METADATA_LIMITS.valueLength);
    }
  }
  return { csat, metadata };
}

const isScalar = (v: unknown): v is string | number | boolean => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/** The release filter's column: conversations.release, written by the worker from lib/releases/extract.ts
 *  (every source and the project's releaseKey; indexed by conversations_release_idx). */
export const RELEASE_SQL = `release`;
