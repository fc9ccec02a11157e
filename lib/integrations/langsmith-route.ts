// The request → stage → derive → store path shared by the LangSmith-compatible endpoints.
import type { Auth } from "../http/route";
import { ingestEvents } from "../ingest/ingest-events";
import { throttle } from "../ingest/http";
import { deriveLangsmithEvents, stageRuns, type RunPart } from "./langsmith";
import { integrationResponse } from "./respond";

export async function ingestRunParts(auth: Auth, parts: RunPart[]): Promise<Response> {
  throttle(auth);
  const staged = await stageRuns(auth.projectId, parts);
  const events = await deriveLangsmithEvents(auth.projectId, staged.traceIds);
  const result = await ingestEvents({ ctx: { projectId: auth.projectId, keyId: auth.key?.keyId }, input: events });
  return integrationResponse(staged.received, staged.errors, result);
}
