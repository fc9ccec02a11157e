// POST /v1/traces (OTLP/HTTP, SPEC §2.2): point any OpenTelemetry OTLP HTTP exporter (JSON or
// protobuf, gzip or not) at <baton>/v1/traces with `Authorization: Bearer <ingest key>`. One
// handler for both paths: app/v1/traces/route.ts exports its `POST` for Next, and the ingest
// listener (lib/runtime/ingest-listener.ts) calls its `answer` ahead of Next (lib/http/key-route.ts).
import { readBodyChunks, requireContentType } from "../http/body";
import { keyRoute, type Incoming } from "../http/key-route";
import type { Reply } from "../http/reply";
import type { Auth } from "../http/route";
import { ingestAs, ingestContext, throttle } from "../ingest/http";
import { MAX_BODY_BYTES } from "../ingest/schemas";
import { decodeTraces, encodeResponse } from "./otlp-decode";
import { deriveOtlpEvents, stageOtlpSpans } from "./otlp";
import { otlpProtobufError } from "./otlp-status";

export const postTraces = keyRoute({
  handler: async ({ req, auth }) => {
    const type = requireContentType(req, ["application/x-protobuf", "application/protobuf", "application/json"]);
    const protobuf = type !== "application/json";
    try {
      return await exportTraces(req, auth, protobuf);
    } catch (err) {
      if (protobuf) return otlpProtobufError(err);
      throw err;
    }
  },
});

async function exportTraces(req: Incoming, auth: Auth, protobuf: boolean): Promise<Reply> {
  throttle(auth);
  const spans = decodeTraces(await readBodyChunks(req.headers, req.body, MAX_BODY_BYTES), protobuf);
  const ctx = ingestContext(auth);
  const staged = await stageOtlpSpans(ctx.projectId, ctx.redactor, spans);
  const events = await deriveOtlpEvents(ctx.projectId, staged.traceIds);
  const result = await ingestAs(ctx, events);
  const messages = [
    ...staged.rejected.slice(0, 3).map((r) => `span ${r.spanId || "(no id)"}: ${r.reason}`),
    ...result.errors.slice(0, 3).map((e) => `derived event ${e.id}: ${e.issues[0]?.path} ${e.issues[0]?.message}`),
  ];
  const res = encodeResponse(protobuf, staged.rejected.length, messages.join("; "));
  return { status: 200, headers: { "content-type": res.type }, body: res.body };
}
