// The client against a local HTTP server that fails, throttles and recovers.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createBatonClient, type BatonEvent } from "./index";

type Reply = { status: number; headers?: Record<string, string>; body?: unknown };

async function server(script: Reply[]) {
  const calls: Array<{ at: number; events: BatonEvent[]; auth?: string }> = [];
  const s = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const events = JSON.parse(raw).events as BatonEvent[];
      calls.push({ at: Date.now(), events, auth: req.headers.authorization });
      const r = script.shift() ?? { status: 200 };
      res.writeHead(r.status, { "content-type": "application/json", ...r.headers });
      res.end(JSON.stringify(r.body ?? { accepted: events.length, duplicates: 0, errors: [] }));
    });
  });
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  closers.push(() => new Promise<void>((r) => s.close(() => r())));
  return { url, calls };
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const ev = (i: number): BatonEvent => ({ id: `e${i}`, conversationId: "c1", timestamp: 1_700_000_000_000 + i, type: "message", role: "user", content: `hi ${i}` });

describe("createBatonClient", () => {
  it("batches by size and sends the key", async () => {
    const srv = await server([]);
    const c = createBatonClient({ url: srv.url, key: "bk_1", batchSize: 3, flushIntervalMs: 60_000 });
    c.send([ev(1), ev(2), ev(3), ev(4)]);
    await c.shutdown();
    expect(srv.calls.map((x) => x.events.length)).toEqual([3, 1]);
    expect(srv.calls[0].auth).toBe("Bearer bk_1");
    expect(c.stats()).toMatchObject({ sent: 4, failed: 0, dropped: 0, buffered: 0 });
  });

  it("retries 503 and network errors with backoff, and honours Retry-After on 429", async () => {
    const srv = await server([{ status: 503 }, { status: 429, headers: { "retry-after": "1" } }, { status: 200 }]);
    const c = createBatonClient({ url: srv.url, key: "k", baseDelayMs: 10, flushIntervalMs: 60_000, onError: () => {} });
    c.send(ev(1));
    await c.flush();
    expect(srv.calls).toHaveLength(3);
    expect(srv.calls[2].at - srv.calls[1].at).toBeGreaterThanOrEqual(950);
    expect(srv.calls.every((x) => x.events[0].id === "e1")).toBe(true);
    expect(c.stats().sent).toBe(1);
  });

  it("does not retry a batch the server refuses for good, and reports it", async () => {
    const srv = await server([{ status: 401, body: { error: "unknown or revoked API key" } }]);
    const errors: string[] = [];
    const c = createBatonClient({ url: srv.url, key: "bad", flushIntervalMs: 60_000, onError: (e) => errors.push(e.message) });
    c.send([ev(1), ev(2)]);
    await c.flush();
    expect(srv.calls).toHaveLength(1);
    expect(c.stats()).toMatchObject({ failed: 2, sent: 0 });
    expect(errors[0]).toMatch(/401/);
  });

  it("gives up after maxRetries when the server stays down, then recovers for the next batch", async () => {
    const srv = await server([{ status: 500 }, { status: 500 }, { status: 500 }]);
    const c = createBatonClient({ url: srv.url, key: "k", maxRetries: 2, baseDelayMs: 5, flushIntervalMs: 60_000, onError: () => {} });
    c.send(ev(1));
    await c.flush();
    c.send(ev(2));
    await c.flush();
    expect(srv.calls.map((x) => x.events[0].id)).toEqual(["e1", "e1", "e1", "e2"]);
    expect(c.stats()).toMatchObject({ failed: 1, sent: 1 });
  });

  it("keeps a bounded buffer, dropping the oldest and counting them", async () => {
    const srv = await server([]);
    const c = createBatonClient({ url: srv.url, key: "k", maxBuffer: 5, batchSize: 1000, flushIntervalMs: 60_000 });
    c.send(Array.from({ length: 8 }, (_, i) => ev(i)));
    expect(c.stats()).toMatchObject({ dropped: 3, buffered: 5 });
    await c.shutdown();
    expect(srv.calls[0].events.map((e) => e.id)).toEqual(["e3", "e4", "e5", "e6", "e7"]);
    expect(() => c.send(ev(9))).toThrow(/shut down/);
  });

  it("flushes on the interval without being asked", async () => {
    const srv = await server([]);
    const c = createBatonClient({ url: srv.url, key: "k", flushIntervalMs: 50 });
    c.send(ev(1));
    // the interval (not shutdown, not a full batch) sends it: wait for it with a deadline that fails
    await vi.waitFor(() => expect(srv.calls).toHaveLength(1), { timeout: 5000, interval: 20 });
    expect(srv.calls[0].events.map((e) => e.id)).toEqual(["e1"]);
    await c.shutdown();
  });
});
