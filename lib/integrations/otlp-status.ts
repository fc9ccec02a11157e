// OTLP/HTTP error bodies (SPEC §8: "the response content type matches the request's"). The OTLP
// spec wants a google.rpc.Status for 4xx/5xx; opentelemetry-proto does not ship that message, so it
// is declared here with protobufjs reflection (code = 1, message = 2, as in google/rpc/status.proto).
// JSON requests keep Baton's JSON error body (error, code, issues), which is already JSON.
import protobuf from "protobufjs";
import { errorReply } from "../http/errors";
import type { Reply } from "../http/reply";

const Status = new protobuf.Type("Status").add(new protobuf.Field("code", 1, "int32")).add(new protobuf.Field("message", 2, "string"));
new protobuf.Root().define("google.rpc").add(Status);

/** HTTP status → gRPC code (google.rpc.Code), as the OTLP spec pairs them. */
const GRPC_CODE: Record<number, number> = { 400: 3, 401: 16, 403: 7, 413: 8, 415: 3, 429: 8, 503: 14 };

/** The error as a protobuf google.rpc.Status, with the status code and headers errorReply chose. */
export function otlpProtobufError(err: unknown): Reply {
  const json = errorReply(err);
  const { error } = JSON.parse(json.body as string) as { error: string };
  const body = Status.encode(Status.create({ code: GRPC_CODE[json.status] ?? 13, message: error })).finish();
  return { status: json.status, headers: { ...json.headers, "content-type": "application/x-protobuf" }, body };
}
