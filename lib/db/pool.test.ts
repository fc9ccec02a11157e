// The timeouts each pool profile gets (pool.ts explains the values) and which driver errors count as
// "database unavailable" (→ 503 + Retry-After) — with near misses that must stay ordinary errors.
import { afterEach, describe, expect, it, vi } from "vitest";
import { isDatabaseUnavailable } from "../errors";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function settings(profile: "request" | "worker" | "bulk", timeoutMs?: string) {
  vi.stubEnv("DATABASE_URL", "postgresql://u:p@127.0.0.1:1/x");
  vi.stubEnv("BATON_DB_TIMEOUT_MS", timeoutMs ?? "");
  vi.resetModules(); // env() is parsed once per module instance
  const { connectionSettings } = await import("./pool");
  return connectionSettings(profile);
}

describe("connectionSettings", () => {
  it("bounds a web request by BATON_DB_TIMEOUT_MS (default 8 s): connect, statement, and the client's read timeout just after", async () => {
    const s = await settings("request");
    expect(s).toMatchObject({ connectionTimeoutMillis: 8000, statement_timeout: 8000, query_timeout: 8500, keepAlive: true });
    expect(s.idle_in_transaction_session_timeout).toBe(60_000);
    expect((await settings("request", "3000")).query_timeout).toBe(3500);
  });

  it("gives the worker a minute per statement and 30 s per lock wait, and bulk scripts no statement limit", async () => {
    expect(await settings("worker")).toMatchObject({ connectionTimeoutMillis: 8000, statement_timeout: 60_000, query_timeout: 60_500, lock_timeout: 30_000 });
    const bulk = await settings("bulk");
    expect(bulk.statement_timeout).toBeUndefined();
    expect(bulk.query_timeout).toBeUndefined();
    expect(bulk.connectionTimeoutMillis).toBe(8000);
  });

  it("rejects a timeout below 500 ms", async () => {
    await expect(settings("request", "100")).rejects.toThrow(/BATON_DB_TIMEOUT_MS/);
  });
});

describe("isDatabaseUnavailable", () => {
  it.each([
    ["server shutdown", { code: "57P01", message: "terminating connection due to administrator command" }],
    ["refused", { code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:5432" }],
    // the embedded server's Unix socket while it is down (recorded from a real stopped server)
    ["socket file gone", { code: "ENOENT", syscall: "connect", message: "connect ENOENT /tmp/x/pg/.s.PGSQL.41065" }],
    ["frozen server (client read timeout)", new Error("Query read timeout")],
    ["statement timeout", { code: "57014", message: "canceling statement due to statement timeout" }],
    ["lock timeout", { code: "55P03", message: "canceling statement due to lock timeout" }],
    ["pool checkout timeout", new Error("timeout exceeded when trying to connect")],
    ["wrapped by Prisma", { message: "driver error", cause: new Error("Connection terminated unexpectedly") }],
    // the shapes Prisma Client over @prisma/adapter-pg throws (recorded from a real refused connection and a real statement timeout)
    ["Prisma: unreachable", { name: "PrismaClientKnownRequestError", code: "P1001", message: "Invalid `db().user.findFirst()` invocation", meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 1 } } } }],
    ["Prisma: statement timeout", { name: "PrismaClientKnownRequestError", code: "P2010", message: "Invalid query", meta: { driverAdapterError: { cause: { originalCode: "57014", originalMessage: "canceling statement due to statement timeout", kind: "postgres", code: "57014" } } } }],
    ["Prisma: connection closed", { code: "P2010", message: "x", meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } }],
  ])("%s → unavailable", (_, err) => expect(isDatabaseUnavailable(err)).toBe(true));

  it.each([
    ["unique violation", { code: "23505", message: "duplicate key value violates unique constraint" }],
    ["syntax error", { code: "42601", message: "syntax error at or near" }],
    ["a timeout that is not the database's", new Error("webhook timed out after 5000 ms")],
    ["a missing file that is not a socket", { code: "ENOENT", syscall: "open", message: "ENOENT: no such file or directory, open '/srv/nlp/lexicon.json'" }],
    ["Prisma: unique violation", { name: "PrismaClientKnownRequestError", code: "P2002", message: "Unique constraint failed", meta: { driverAdapterError: { cause: { originalCode: "23505", originalMessage: "duplicate key value violates unique constraint \"projects_pkey\"", kind: "UniqueConstraintViolation" } } } }],
  ])("near miss: %s → not unavailable", (_, err) => expect(isDatabaseUnavailable(err)).toBe(false));
});
