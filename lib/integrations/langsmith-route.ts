// The request → stage → derive → store path shared by the LangSmith-compatible endpoints.
import type { Auth } from "../http/route";
import { ingestAs, throttle } from "../ingest/http";
import { deriveLangsmithEvents, stageRuns, type RunPart } from "./langsmith";
import { integrationResponse } from "./respond";

export async function ingestRunParts(auth: Auth, parts: RunPart[]): Promise<Response> {
  throttle(auth);
  const staged = await stageRuns(auth.projectId, parts);
  const events = await deriveLangsmithEvents(auth.projectId, staged.traceIds);
  const result = await ingestAs(auth, events);
  return integrationResponse(staged.received, staged.errors, result);
}
