// OTLP/HTTP trace requests, JSON or protobuf, into one plain shape. Protobuf is decoded with the
// code OpenTelemetry generates from opentelemetry-proto (shipped in @opentelemetry/otlp-transformer
// up to 0.215, installed here under the alias `otel-proto-root`); nothing is hand-decoded.
import protoRoot from "otel-proto-root/build/src/generated/root.js";
import { isUtf8 } from "node:buffer";
import { PayloadTooLargeError, ValidationError, zodIssues } from "../errors";
import { parseJson } from "../http/body";
import { assertCleanJson } from "../http/json-guard";
import { OtlpJsonRequest } from "./otlp-schema";

// any: the generated protobufjs root ships no type declarations; what it decodes is guarded below (span cap, assertCleanJson) and span by span in otlp.ts.
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

/** A decoded attribute value: JSON gives strings and numbers, protobuf (toObject) longs as strings, bytes as arrays. */
type AnyValue = {
  stringValue?: string | null;
  boolValue?: boolean | null;
  intValue?: number | string | { toNumber(): number } | null;
  doubleValue?: number | string | null;
  arrayValue?: { values?: AnyValue[] | null } | null;
  kvlistValue?: { values?: Array<{ key: string; value?: AnyValue | null }> | null } | null;
  bytesValue?: string | Uint8Array | number[] | null;
};

function anyValue(v: AnyValue | null | undefined): unknown {
  if (!v) return null;
  if (v.stringValue != null) return v.stringValue;
  if (v.boolValue != null) return v.boolValue;
  if (v.intValue != null) return Number(typeof v.intValue === "object" ? v.intValue.toNumber() : v.intValue);
  if (v.doubleValue != null) return Number(v.doubleValue);
  if (v.arrayValue) return (v.arrayValue.values ?? []).map(anyValue);
  if (v.kvlistValue) return attrs(v.kvlistValue.values);
  if (v.bytesValue != null) return typeof v.bytesValue === "string" ? v.bytesValue : Buffer.from(v.bytesValue).toString("base64");
  return null;
}

function attrs(list: Array<{ key: string; value?: AnyValue | null }> | null | undefined): Record<string, unknown> {
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

/** Spans per request: OpenTelemetry SDKs export batches of 512 by default (maxExportBatchSize). */
export const MAX_OTLP_SPANS = 5000;

/** The request's spans (with resource attributes), whatever the encoding. */
export function decodeTraces(body: Buffer, protobuf: boolean): OtlpSpan[] {
  let req: OtlpJsonRequest;
  // spans are counted right after parsing, before the costlier steps (toObject, the guard walk, zod)
  if (protobuf) {
    let message: unknown;
    try {
      message = Request.decode(strictStrings(body));
    } catch (err) {
      throw new ValidationError(`body is not a valid OTLP ExportTraceServiceRequest (protobuf): ${(err as Error).message}`);
    }
    capSpans(message);
    req = Request.toObject(message, { longs: String, bytes: Array, defaults: false });
    // strings are checked span by span (otlp.ts), so one bad span is a partialSuccess, not a 400
    assertCleanJson(req, ["body"], { strings: false });
  } else {
    const json = parseJson(body, false);
    capSpans(json);
    assertCleanJson(json, ["body"], { strings: false });
    const parsed = OtlpJsonRequest.safeParse(json);
    if (!parsed.success) {
      const issues = zodIssues(parsed.error.issues, ["body"]);
      throw new ValidationError(`body is not an OTLP ExportTraceServiceRequest: ${issues[0].path}: ${issues[0].message}`, issues);
    }
    req = parsed.data;
  }
  const out: OtlpSpan[] = [];
  for (const rs of req.resourceSpans ?? []) {
    const resource = attrs(rs.resource?.attributes);
    for (const ss of [...(rs.scopeSpans ?? []), ...(rs.instrumentationLibrarySpans ?? [])]) {
      for (const s of ss.spans ?? []) {
        const status = s.status;
        const isError = status?.code === 2 || status?.code === "STATUS_CODE_ERROR";
        out.push({
          traceId: id(toBytes(s.traceId)),
          spanId: id(toBytes(s.spanId)),
          parentSpanId: id(toBytes(s.parentSpanId)) || null,
          name: typeof s.name === "string" ? s.name : "",
          startMs: nanosToMs(s.startTimeUnixNano),
          endMs: nanosToMs(s.endTimeUnixNano),
          attributes: attrs(s.attributes),
          statusError: isError ? status?.message || "error" : null,
          resource,
        });
      }
    }
  }
  return out;
}

/** 413 past MAX_OTLP_SPANS; reads any shape (the JSON is not validated yet), counting only arrays. */
function capSpans(req: unknown): void {
  const list = (v: unknown, key: string): unknown[] => {
    const x = v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
    return Array.isArray(x) ? x : [];
  };
  let total = 0;
  for (const rs of list(req, "resourceSpans")) {
    for (const ss of [...list(rs, "scopeSpans"), ...list(rs, "instrumentationLibrarySpans")]) total += list(ss, "spans").length;
  }
  if (total > MAX_OTLP_SPANS) throw new PayloadTooLargeError(`at most ${MAX_OTLP_SPANS} spans per request (got ${total}); export smaller batches`);
}

/**
 * protobufjs decodes string fields with Buffer#utf8Slice, which turns invalid UTF-8 into U+FFFD.
 * Giving this one buffer a strict utf8Slice checks the bytes of exactly the string fields (not the
 * binary ids), so a legitimate U+FFFD in a string still passes. otlp.test.ts pins this behaviour.
 */
function strictStrings(body: Buffer): Buffer {
  if (isUtf8(body)) return body;
  Object.defineProperty(body, "utf8Slice", {
    value: (start: number, end: number) => {
      // a subarray is a plain Buffer: its toString does not come back here
      const bytes = body.subarray(start, end);
      if (!isUtf8(bytes)) throw new ValidationError("a string field is not valid UTF-8");
      return bytes.toString("utf8");
    },
  });
  return body;
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
