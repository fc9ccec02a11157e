// The one table from domain errors to HTTP responses (SPEC §2.1): every error body is JSON with
// a human-readable `error`, a machine `code`, and for validation the failing paths.
import { BatonError, isDatabaseUnavailable, UnavailableError, ValidationError } from "../errors";

export function errorResponse(err: unknown): Response {
  if (!(err instanceof BatonError) && isDatabaseUnavailable(err)) {
    err = new UnavailableError("storage unavailable; retry later");
  }
  if (err instanceof BatonError) {
    const body: Record<string, unknown> = { error: err.message, code: err.code };
    if (err instanceof ValidationError && err.issues.length) body.issues = err.issues;
    return Response.json(body, { status: err.status, headers: err.headers });
  }
  console.error("[http] unexpected error:", err);
  return Response.json({ error: "internal error", code: "internal_error" }, { status: 500 });
}
