// What the conversations list filters on beyond the scores (issue 15, item 6): the scalar metadata
// of a conversation's events (release, prompt version, …). Pure, computed by the worker from the
// ordered events and stored on the conversations row, so the list never reads events. The release
// has its own column (lib/releases/extract.ts reads every source); the CSAT is the scorer's
// (scoreResolution in lib/scoring/structure.ts), stored from the analysis.
import type { EventRecord } from "../ingest/schemas";

/** Bounds on what is kept, so a chatty client cannot grow the row (and the GIN index) without limit. */
export const METADATA_LIMITS = { keys: 32, keyLength: 64, valueLength: 200 } as const;

export interface ConversationFacets {
  /** top-level scalar metadata of all events, later events winning; values kept as strings */
  metadata: Record<string, string>;
}

export function conversationFacets(events: readonly EventRecord[]): ConversationFacets {
  const metadata: Record<string, string> = {};
  for (const e of events) {
    for (const [k, v] of Object.entries(e.metadata ?? {})) {
      if (k.length > METADATA_LIMITS.keyLength || !isScalar(v)) continue;
      if (!(k in metadata) && Object.keys(metadata).length >= METADATA_LIMITS.keys) continue;
      metadata[k] = String(v).slice(0, METADATA_LIMITS.valueLength);
    }
  }
  return { metadata };
}

const isScalar = (v: unknown): v is string | number | boolean => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/** The release filter's column: conversations.release, written by the worker from lib/releases/extract.ts
 *  (every source and the project's releaseKey; indexed by conversations_release_idx). */
export const RELEASE_SQL = `release`;
