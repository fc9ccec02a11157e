// OTLP/HTTP trace requests, JSON or protobuf, into one plain shape. Protobuf is decoded with the
// code OpenTelemetry generates from opentelemetry-proto (shipped in @opentelemetry/otlp-transformer
// up to 0.215, installed here under the alias `otel-proto-root`); nothing is hand-decoded.
import protoRoot from "otel-proto-root/build/src/generated/root.js";
import { ValidationError } from "../errors";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const root: any = protoRoot;
const Request = root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
const Response = root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;

export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  startMs: number | null;
  endMs: number | null;
  attributes: Record<string, unknown>;
  statusError: string | null;
  resource: Record<string, unknown>;
}

type AnyValue = {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: number | string | { toNumber(): number };
  doubleValue?: number;
  arrayValue?: { values?: AnyValue[] };
  kvlistValue?: { values?: Array<{ key: string; value?: AnyValue }> };
  bytesValue?: string | Uint8Array;
};

function anyValue(v: AnyValue | undefined): unknown {
  if (!v) return null;
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.intValue !== undefined) return Number(typeof v.intValue === "object" ? v.intValue.toNumber() : v.intValue);
  if (v.doubleValue !== undefined) return v.doubleValue;
  if (v.arrayValue) return (v.arrayValue.values ?? []).map(anyValue);
  if (v.kvlistValue) return attrs(v.kvlistValue.values);
  if (v.bytesValue !== undefined) return typeof v.bytesValue === "string" ? v.bytesValue : Buffer.from(v.bytesValue).toString("base64");
  return null;
}

function attrs(list: Array<{ key: string; value?: AnyValue }> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const kv of list ?? []) if (kv?.key) out[kv.key] = anyValue(kv.value);
  return out;
}

/** Trace/span ids: lowercase hex in JSON (per the OTLP JSON mapping), bytes in protobuf. */
function id(v: unknown): string {
  if (v instanceof Uint8Array) return Buffer.from(v).toString("hex");
  return typeof v === "string" ? v.toLowerCase() : "";
}

function nanosToMs(v: unknown): number | null {
  if (v === undefined || v === null || v === "" || v === 0 || v === "0") return null;
  if (typeof v === "object" && v && "toNumber" in v) return Math.floor((v as { toNumber(): number }).toNumber() / 1e6);
  const s = String(v);
  if (!/^\d+$/.test(s)) return NaN;
  return Number(BigInt(s) / 1_000_000n);
}

/** The request's spans (with resource attributes), whatever the encoding. */
export function decodeTraces(body: Buffer, protobuf: boolean): OtlpSpan[] {
  let req: { resourceSpans?: unknown[] };
  if (protobuf) {
    try {
      req = Request.toObject(Request.decode(body), { longs: String, bytes: Array, defaults: false });
    } catch (err) {
      throw new ValidationError(`body is not a valid OTLP ExportTraceServiceRequest (protobuf): ${(err as Error).message}`);
    }
  } else {
    try {
      req = JSON.parse(body.toString("utf8"));
    } catch {
      throw new ValidationError("body is not valid JSON");
    }
    if (!req || typeof req !== "object" || (req.resourceSpans !== undefined && !Array.isArray(req.resourceSpans))) {
      throw new ValidationError("body must be an OTLP ExportTraceServiceRequest: {resourceSpans: [...]}", [{ path: "resourceSpans", message: "expected an array" }]);
    }
  }
  const out: OtlpSpan[] = [];
  for (const rs of (req.resourceSpans ?? []) as Array<Record<string, unknown>>) {
    const resource = attrs((rs.resource as { attributes?: [] } | undefined)?.attributes);
    const scopes = (rs.scopeSpans ?? rs.instrumentationLibrarySpans ?? []) as Array<{ spans?: Array<Record<string, unknown>> }>;
    for (const ss of scopes) {
      for (const s of ss.spans ?? []) {
        const status = s.status as { code?: number | string; message?: string } | undefined;
        const isError = status?.code === 2 || status?.code === "STATUS_CODE_ERROR";
        out.push({
          traceId: id(toBytes(s.traceId)),
          spanId: id(toBytes(s.spanId)),
          parentSpanId: id(toBytes(s.parentSpanId)) || null,
          name: typeof s.name === "string" ? s.name : "",
          startMs: nanosToMs(s.startTimeUnixNano),
          endMs: nanosToMs(s.endTimeUnixNano),
          attributes: attrs(s.attributes as []),
          statusError: isError ? status?.message || "error" : null,
          resource,
        });
      }
    }
  }
  return out;
}

// protobufjs toObject with `bytes: Array` gives number[]; JSON gives hex strings
function toBytes(v: unknown): unknown {
  return Array.isArray(v) ? Uint8Array.from(v as number[]) : v;
}

/** ExportTraceServiceResponse in the request's encoding (partialSuccess only when something was rejected). */
export function encodeResponse(protobuf: boolean, rejectedSpans: number, errorMessage: string): { body: Uint8Array | string; type: string } {
  const msg = rejectedSpans ? { partialSuccess: { rejectedSpans, errorMessage } } : {};
  if (protobuf) return { body: Response.encode(Response.create(msg)).finish(), type: "application/x-protobuf" };
  return { body: JSON.stringify(rejectedSpans ? { partialSuccess: { rejectedSpans: String(rejectedSpans), errorMessage } } : {}), type: "application/json" };
}
