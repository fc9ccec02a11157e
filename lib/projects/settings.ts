// Per-project configuration read by the scorers and edited on /settings (SPEC §3 defaults).
// Stored in projects.settings (jsonb); parsing fills every default so old rows stay valid.
import { z } from "zod";

export const JudgeSettings = z.object({
  /** "offline" = the deterministic embedded judge; "llm" = OpenAI-compatible endpoint */
  kind: z.enum(["offline", "llm"]).default("offline"),
  url: z.string().url().optional(),
  model: z.string().min(1).optional(),
});

/** A regular expression a project supplies: must compile, bounded, no nested quantifier (ReDoS). */
const SafePattern = z
  .string()
  .min(1)
  .max(200)
  .refine((p) => {
    try {
      new RegExp(p);
      return true;
    } catch {
      return false;
    }
  }, "not a valid regular expression")
  .refine((p) => !/\([^)]*[+*}][^)]*\)[+*{?]/.test(p), "nested quantifiers are not allowed");

/** One project vocabulary entry (issue 12): a slot of its own, or extra names for a built-in one. */
export const VocabularyEntry = z.object({
  /** slot name: a built-in one (order_id, policy_number, …) to extend, or a new one */
  name: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, "lowercase letters, digits and _"),
  /** state/payload/tool-result key spellings that mean this slot */
  keys: z.array(z.string().min(1).max(128)).max(50).default([]),
  /** noun phrases agents use to ask for it ("loyalty number") */
  nouns: z.array(z.string().trim().min(2).max(64)).max(50).default([]),
  /** what its value looks like in free text (group 1, else the whole match) */
  pattern: SafePattern.optional(),
  /** identities never go stale (tool-result freshness skips them) */
  identity: z.boolean().optional(),
});
export type VocabularyEntry = z.output<typeof VocabularyEntry>;

/** PII redaction at ingest (lib/privacy/redact.ts): applies to events received after it is saved. */
export const RedactionSettings = z.object({
  /** off: stored as sent; mask: `<email>`; hash: `<email:3f9a…>` (HMAC-SHA256 with BATON_REDACTION_KEY) */
  mode: z.enum(["off", "mask", "hash"]).default("off"),
  /** payload/state/metadata keys whose values are always replaced (`<key:…>`), compared case-insensitively */
  keys: z.array(z.string().trim().min(1).max(128)).max(100).default([]),
});
export type RedactionSettings = z.output<typeof RedactionSettings>;

export const ProjectSettings = z.object({
  /** extra state keys treated as facts when seen in tool results or user messages */
  trackedFields: z.array(z.string().min(1).max(128)).max(200).default([]),
  /** tool-result freshness: stale after this many user turns ... */
  freshnessTurns: z.number().int().min(0).max(1000).default(2),
  /** ... or this many seconds */
  freshnessSeconds: z.number().int().min(0).max(86_400 * 30).default(120),
  depthWarn: z.number().int().min(1).max(100).default(5),
  depthCritical: z.number().int().min(1).max(100).default(8),
  /** intent preservation below this is drift */
  driftThreshold: z.number().min(0).max(1).default(0.5),
  /**
   * the user's CSAT as intent-drift evidence (intent-low-rating, -bottom-rating, -top-rating): off for a
   * project whose ratings are not the user's verdict on the conversation (a survey about the product sent
   * days later, a rating of the agent's manners); leaving the conversation (`abandoned`) is still read
   */
  ratingEvidence: z.boolean().default(true),
  /** A→B→A within this many hops is ping-pong */
  pingPongHops: z.number().int().min(2).max(20).default(3),
  /** orchestrator–worker: a worker's return compressing its context more than this many times, while losing facts it saw, is flagged */
  compressionFlagRatio: z.number().min(1).max(10_000).default(20),
  judge: JudgeSettings.default({ kind: "offline" }),
  /** handoff contracts: a field carried in at least this share of an edge's handoffs (and used) is expected */
  contractPresence: z.number().min(0.5).max(1).default(0.9),
  /** handoff contracts: days of handoffs inferred from, and rescored when a contract changes */
  contractWindowDays: z.number().int().min(1).max(90).default(7),
  /** slot names, key spellings and value patterns added to the built-in vocabulary */
  vocabulary: z.array(VocabularyEntry).max(50).default([]),
  /** an extra metadata key naming the release (lib/releases/extract.ts), read before release/version */
  releaseKey: z.string().trim().min(1).max(128).optional(),
  /** retention (lib/retention): a conversation whose last event is older than this many days is removed with its events and handoffs */
  eventRetentionDays: z.number().int().min(1).max(3650).default(30),
  /** hourly rollups (trend panels, alerts) older than this many days are removed */
  rollupRetentionDays: z.number().int().min(1).max(3650).default(400),
  redaction: RedactionSettings.default({ mode: "off", keys: [] }),
});
export type ProjectSettings = z.output<typeof ProjectSettings>;

export const DEFAULT_SETTINGS: ProjectSettings = ProjectSettings.parse({});

export interface SettingsProblem {
  /** the top-level setting that was ignored ("" when the whole value is not an object) */
  key: string;
  message: string;
}

/** Reads settings from the jsonb column: missing keys get their defaults, and an invalid key gets
 *  its default alone (the project's other settings stay) and is reported. */
export function readSettings(raw: unknown): { settings: ProjectSettings; problems: SettingsProblem[] } {
  if (raw !== null && raw !== undefined && (typeof raw !== "object" || Array.isArray(raw))) {
    return { settings: DEFAULT_SETTINGS, problems: [{ key: "", message: "settings are not an object; using the defaults" }] };
  }
  const input: Record<string, unknown> = { ...(raw as Record<string, unknown> | null) };
  const problems: SettingsProblem[] = [];
  // each failed pass drops the keys it names; at most one pass per known key
  for (let pass = 0; pass <= Object.keys(ProjectSettings.shape).length; pass++) {
    const res = ProjectSettings.safeParse(input);
    if (res.success) return { settings: res.data, problems };
    for (const issue of res.error.issues) {
      const key = String(issue.path[0] ?? "");
      if (!(key in input)) continue;
      problems.push({ key, message: `${issue.path.join(".")}: ${issue.message}` });
      delete input[key];
    }
  }
  return { settings: DEFAULT_SETTINGS, problems };
}

const reported = new Set<string>();

/** The settings, with each invalid key replaced by its default; every distinct problem is logged once per process. */
export function parseSettings(raw: unknown): ProjectSettings {
  const { settings, problems } = readSettings(raw);
  for (const p of problems) {
    const line = `baton: ignoring an invalid project setting (default used): ${p.message}`;
    if (reported.has(line)) continue;
    reported.add(line);
    console.warn(line);
  }
  return settings;
}
