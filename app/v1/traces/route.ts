// OTLP/HTTP traces (SPEC §2.2): point any OpenTelemetry OTLP HTTP exporter (JSON or protobuf,
// gzip or not) at <baton>/v1/traces with `Authorization: Bearer <ingest key>`.
import { readBody, requireContentType } from "@/lib/http/body";
import { route, type Auth } from "@/lib/http/route";
import { ingestAs, ingestContext, throttle } from "@/lib/ingest/http";
import { MAX_BODY_BYTES } from "@/lib/ingest/schemas";
import { decodeTraces, encodeResponse } from "@/lib/integrations/otlp-decode";
import { deriveOtlpEvents, stageOtlpSpans } from "@/lib/integrations/otlp";
import { otlpProtobufError } from "@/lib/integrations/otlp-status";

export const POST = route({
  auth: "key",
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

async function exportTraces(req: Request, auth: Auth, protobuf: boolean): Promise<Response> {
  throttle(auth);
  const spans = decodeTraces(await readBody(req, MAX_BODY_BYTES), protobuf);
  const ctx = ingestContext(auth);
  const staged = await stageOtlpSpans(ctx.projectId, ctx.redactor, spans);
  const events = await deriveOtlpEvents(ctx.projectId, staged.traceIds);
  const result = await ingestAs(ctx, events);
  const messages = [
    ...staged.rejected.slice(0, 3).map((r) => `span ${r.spanId || "(no id)"}: ${r.reason}`),
    ...result.errors.slice(0, 3).map((e) => `derived event ${e.id}: ${e.issues[0]?.path} ${e.issues[0]?.message}`),
  ];
  const res = encodeResponse(protobuf, staged.rejected.length, messages.join("; "));
  return new Response(res.body as BodyInit, { status: 200, headers: { "content-type": res.type } });
}
