// Where each framework keeps the deployed version, in the order it is read (the project's
// configured key, settings.releaseKey, always first). Adapters copy the value found into the native
// event's `metadata.release`, which is what the scorer reads (lib/releases/extract.ts). The mapping
// is documented in docs/integrations.md ("Releases").
//
// - OpenTelemetry: the resource attribute `service.version` (semantic conventions), else the span's
//   own attributes under the same keys.
// - OpenAI Agents SDK: the trace's `metadata` (`new Runner({ traceMetadata: { release } })`):
//   `release`, then `version`.
// - LangSmith (LangGraph / LangChain): the run's `extra.metadata`: `revision_id` (what the langsmith
//   client fills from LANGSMITH_REVISION_ID), `ls_version`, `release`, `version`.
import { releaseFrom } from "./extract";

export interface MapOptions {
  /** settings.releaseKey of the project the trace belongs to */
  releaseKey?: string;
}

const withKey = (o: MapOptions, keys: string[]) => [...(o.releaseKey ? [o.releaseKey] : []), ...keys];

export const OTLP_RELEASE_KEYS = ["service.version"];
export const OPENAI_RELEASE_KEYS = ["release", "version"];
export const LANGSMITH_RELEASE_KEYS = ["revision_id", "ls_version", "release", "version"];

export function otlpRelease(resource: Record<string, unknown>, attributes: Record<string, unknown>, o: MapOptions): string | null {
  const keys = withKey(o, OTLP_RELEASE_KEYS);
  return releaseFrom(resource, keys) ?? releaseFrom(attributes, keys);
}

export const openAIRelease = (traceMetadata: unknown, o: MapOptions) =>
  releaseFrom(traceMetadata as Record<string, unknown> | null, withKey(o, OPENAI_RELEASE_KEYS));

export const langsmithRelease = (runMetadata: unknown, o: MapOptions) =>
  releaseFrom(runMetadata as Record<string, unknown> | null, withKey(o, LANGSMITH_RELEASE_KEYS));

/** `{ release }` to spread into an event's metadata, or nothing when there is none. */
export const releaseMeta = (release: string | null): { release?: string } => (release === null ? {} : { release });
