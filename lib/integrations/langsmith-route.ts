// The request → stage → derive → store path shared by the LangSmith-compatible endpoints.
import type { Auth } from "../http/route";
import { ingestAs, ingestContext, throttle } from "../ingest/http";
import { deriveLangsmithEvents, stageRuns, type RunPart } from "./langsmith";
import { integrationResponse } from "./respond";

export async function ingestRunParts(auth: Auth, parts: RunPart[]): Promise<Response> {
  throttle(auth);
  const ctx = ingestContext(auth);
  const staged = await stageRuns(ctx.projectId, ctx.redactor, parts);
  const events = await deriveLangsmithEvents(ctx.projectId, staged.traceIds);
  const result = await ingestAs(ctx, events);
  return integrationResponse(staged.received, staged.errors, result);
}
