// Typed domain errors. Domain code throws these and never builds an HTTP response;
// lib/http/errors.ts maps each to its status code and JSON body (SPEC §2.1).

export interface Issue {
  path: string;
  message: string;
}

export class BatonError extends Error {
  readonly status: number = 500;
  readonly code: string = "internal_error";
  readonly headers: Record<string, string> = {};
}

export class ValidationError extends BatonError {
  override readonly status = 400;
  override readonly code = "invalid_request";
  constructor(message: string, readonly issues: Issue[] = []) {
    super(message);
  }
}

export class UnauthorizedError extends BatonError {
  override readonly status = 401;
  override readonly code = "unauthorized";
}

export class ForbiddenError extends BatonError {
  override readonly status = 403;
  override readonly code = "forbidden";
}

export class NotFoundError extends BatonError {
  override readonly status = 404;
  override readonly code = "not_found";
}

export class ConflictError extends BatonError {
  override readonly status = 409;
  override readonly code = "conflict";
}

export class PayloadTooLargeError extends BatonError {
  override readonly status = 413;
  override readonly code = "payload_too_large";
}

export class UnsupportedMediaTypeError extends BatonError {
  override readonly status = 415;
  override readonly code = "unsupported_media_type";
}

export class RateLimitedError extends BatonError {
  override readonly status = 429;
  override readonly code = "rate_limited";
  override readonly headers: Record<string, string>;
  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.headers = { "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))) };
  }
}

export class UnavailableError extends BatonError {
  override readonly status = 503;
  override readonly code = "unavailable";
  override readonly headers = { "Retry-After": "5" };
}

/** The API key was revoked, or its project's redaction setting changed, between the request's key lookup and its INSERT: nothing was written. */
export class KeyChangedError extends BatonError {
  override readonly status = 503;
  override readonly code = "key_changed";
  override readonly headers = { "Retry-After": "1" };
}

/** Zod issues → the `issues` array of an error body, with dotted paths ("events.3.timestamp"). */
export function zodIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  prefix: Array<string | number> = [],
): Issue[] {
  return issues.map((i) => ({
    path: [...prefix, ...i.path].map(String).join("."),
    message: i.message,
  }));
}

const PRISMA_UNAVAILABLE = ["P1001", "P1002", "P1008", "P1017", "P2024"];
const ADAPTER_UNAVAILABLE = ["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"];

/** True for errors meaning "the database cannot be reached right now" (→ 503, retryable): down,
 *  restarting, out of connections, or too slow to answer within BATON_DB_TIMEOUT_MS (statement or
 *  lock timeout on the server, the client's read timeout when the server is frozen). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; syscall?: string; originalCode?: string; kind?: string; message?: string; cause?: unknown; meta?: { driverAdapterError?: unknown } } | undefined;
  if (!e) return false;
  const codes = ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "53300", "08006", "08001", "08003", "08004", "57014", "55P03"];
  if (e.code && codes.includes(e.code)) return true;
  // A Unix socket (the embedded server's, lib/db/embedded.ts) is a file, gone while the server is down.
  if (e.code === "ENOENT" && e.syscall === "connect") return true;
  if (e.originalCode && codes.includes(e.originalCode)) return true;
  // Prisma Client (lib/db/client.ts): its own codes for an unreachable/closed/timed-out database,
  // and the pg error it wrapped in meta.driverAdapterError.cause (kind, originalCode, originalMessage).
  if (e.code && PRISMA_UNAVAILABLE.includes(e.code)) return true;
  if (e.kind && ADAPTER_UNAVAILABLE.includes(e.kind)) return true;
  const adapter = e.meta?.driverAdapterError as { cause?: { originalMessage?: string } } | undefined;
  if (adapter?.cause && isDatabaseUnavailable({ ...adapter.cause, message: adapter.cause.originalMessage })) return true;
  const msg = String(e.message ?? "");
  if (/Connection terminated|connect (ECONNREFUSED|ENOENT)|the database system is (starting|shutting) up|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection|Query read timeout|canceling statement due to (statement|lock) timeout/i.test(msg)) return true;
  if (e.cause && e.cause !== err) return isDatabaseUnavailable(e.cause);
  return false;
}
