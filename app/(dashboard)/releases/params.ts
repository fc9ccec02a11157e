// The /releases URL state: the two releases compared (?a=…&b=…). Anything invalid is ignored and
// the page falls back to the two newest releases.
import { z } from "zod";
import { MAX_RELEASE_LENGTH } from "@/lib/releases/extract";

const One = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().min(1).max(MAX_RELEASE_LENGTH).optional().catch(undefined));

export const CompareParams = z.object({ a: One, b: One });

/** The pair to compare: the ones asked for when both exist, else the two newest (older first). */
export function pickPair(params: Record<string, unknown>, releases: string[]): { a: string; b: string } | null {
  const p = CompareParams.parse(params);
  if (p.a && p.b && releases.includes(p.a) && releases.includes(p.b) && p.a !== p.b) return { a: p.a, b: p.b };
  return releases.length >= 2 ? { a: releases[1], b: releases[0] } : null;
}
