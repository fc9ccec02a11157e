// The release (deployed version) a conversation and each of its handoffs ran on, read from native
// event metadata (SPEC §2.1 `metadata`). Framework adapters write their own version fields into
// `metadata.release` when they map a trace (lib/releases/from-source.ts), so the scorer reads one
// place: the project's configured key (settings.releaseKey) first, then `release`, then `version`.
//
// Choices: a handoff runs on the release of the latest event at or before it that carries one (the
// code that was live when control moved); a handoff before any such event takes the first release
// the conversation shows. The conversation's release is the last one seen — the deployment that
// finished it decides its outcome and CSAT. A conversation with no release stays null and is left
// out of the release dimensions, never counted as an empty-named release.
import type { TimedEvent } from "../scoring/timeline";

/** Longest release name kept; longer values are cut (they are labels, not payloads). */
export const MAX_RELEASE_LENGTH = 128;

/** The release named by one metadata object, or null. Strings and finite numbers count. */
export function releaseFrom(metadata: Record<string, unknown> | null | undefined, keys: readonly string[]): string | null {
  if (!metadata || typeof metadata !== "object") return null;
  for (const k of keys) {
    const v = metadata[k];
    const s = typeof v === "string" ? v.trim() : typeof v === "number" && Number.isFinite(v) ? String(v) : "";
    // the unit separator is the rollups' key separator (lib/releases/rollups.ts)
    if (s) return s.replaceAll("\u001f", " ").slice(0, MAX_RELEASE_LENGTH);
  }
  return null;
}

/** The metadata keys native events are read by, configured key first. */
export const nativeReleaseKeys = (releaseKey: string | undefined): string[] =>
  [...(releaseKey ? [releaseKey] : []), "release", "version"];

export interface Releases {
  conversation: string | null;
  /** release per timeline index of each handoff event */
  atIndex: (index: number) => string | null;
}

export function releasesOf(timeline: TimedEvent[], releaseKey?: string): Releases {
  const keys = nativeReleaseKeys(releaseKey);
  const seen: Array<{ index: number; release: string }> = [];
  for (const t of timeline) {
    const r = releaseFrom(t.event.metadata, keys);
    if (r !== null) seen.push({ index: t.index, release: r });
  }
  return {
    conversation: seen.length ? seen[seen.length - 1].release : null,
    atIndex: (index) => {
      let out: string | null = seen[0]?.release ?? null;
      for (const s of seen) {
        if (s.index > index) break;
        out = s.release;
      }
      return out;
    },
  };
}
