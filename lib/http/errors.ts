// The one table from domain errors to HTTP responses (SPEC §2.1): every error body is JSON with
// a human-readable `error`, a machine `code`, and for validation the failing paths.
import { BatonError, isDatabaseUnavailable, UnavailableError, ValidationError } from "../errors";
import { jsonReply, toResponse, type Reply } from "./reply";

export function errorReply(err: unknown): Reply {
  if (!(err instanceof BatonError) && isDatabaseUnavailable(err)) {
    err = new UnavailableError("storage unavailable; retry later");
  }
  if (err instanceof BatonError) {
    const body: Record<string, unknown> = { error: err.message, code: err.code };
    if (err instanceof ValidationError && err.issues.length) body.issues = err.issues;
    return jsonReply(body, err.status, err.headers);
  }
  console.error("[http] unexpected error:", err);
  return jsonReply({ error: "internal error", code: "internal_error" }, 500);
}

export function errorResponse(err: unknown): Response {
  return toResponse(errorReply(err));
}
