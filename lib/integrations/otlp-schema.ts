// The shape of an OTLP/JSON ExportTraceServiceRequest (opentelemetry-proto's JSON mapping), checked
// before any of it is read: `{"resourceSpans":[null]}`, `"spans":5` or attributes sent as an object
// are a 400 naming the path, not a crash and not a silent `200 {}`. Only the fields Baton reads are
// typed; unknown fields are ignored, as the OTLP spec requires of receivers. The protobuf encoding
// needs no such check: the generated decoder only yields this shape.
import { z } from "zod";

const Int64 = z.union([z.string(), z.number()]);

export type AnyValue = {
  stringValue?: string | null;
  boolValue?: boolean | null;
  intValue?: string | number | null;
  doubleValue?: string | number | null;
  arrayValue?: { values?: AnyValue[] | null } | null;
  kvlistValue?: { values?: KeyValue[] | null } | null;
  bytesValue?: string | null;
};
export type KeyValue = { key: string; value?: AnyValue | null };

// recursive, but only over a body whose depth json-guard.ts has already bounded
export const AnyValue: z.ZodType<AnyValue> = z.lazy(() =>
  z.looseObject({
    stringValue: z.string().nullish(),
    boolValue: z.boolean().nullish(),
    intValue: Int64.nullish(),
    doubleValue: z.union([z.number(), z.string()]).nullish(),
    arrayValue: z.looseObject({ values: z.array(AnyValue).nullish() }).nullish(),
    kvlistValue: z.looseObject({ values: z.array(KeyValue).nullish() }).nullish(),
    bytesValue: z.string().nullish(),
  }),
);
export const KeyValue: z.ZodType<KeyValue> = z.lazy(() => z.looseObject({ key: z.string(), value: AnyValue.nullish() }));
const Attributes = z.array(KeyValue).nullish();

const Span = z.looseObject({
  traceId: z.string().nullish(),
  spanId: z.string().nullish(),
  parentSpanId: z.string().nullish(),
  name: z.string().nullish(),
  startTimeUnixNano: Int64.nullish(),
  endTimeUnixNano: Int64.nullish(),
  attributes: Attributes,
  status: z.looseObject({ code: z.union([z.number(), z.string()]).nullish(), message: z.string().nullish() }).nullish(),
});
const ScopeSpans = z.looseObject({ spans: z.array(Span).nullish() });

export const OtlpJsonRequest = z.looseObject({
  resourceSpans: z
    .array(
      z.looseObject({
        resource: z.looseObject({ attributes: Attributes }).nullish(),
        scopeSpans: z.array(ScopeSpans).nullish(),
        // the pre-1.0 name some exporters still send
        instrumentationLibrarySpans: z.array(ScopeSpans).nullish(),
      }),
    )
    .nullish(),
});
export type OtlpJsonRequest = z.output<typeof OtlpJsonRequest>;
