// The ingest listener (issue 17 §4): the web process's public HTTP server answers the ingest
// routes itself and hands every other request to Next. Through Next, a single-event POST spent a
// few ms of CPU in routing and Request/Response work around a ~1 ms handler; here it costs one
// node:http parse and a thin adapter. The handlers are the ones the route files export (keyRoute,
// lib/http/key-route.ts: same auth, limits, validation, insert and error mapping), so both paths
// answer the same bytes. This file only adapts node's req/res: the handler reads the body from
// the IncomingMessage and returns a plain Reply, written with one res.writeHead/res.end — no Fetch
// Request or Response is built (that conversion was ~15 % of the listener's CPU per request).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Incoming } from "../http/key-route";
import { jsonReply, type Reply } from "../http/reply";
import { postEvents } from "../ingest/post-events";
import { postOpenAITraces } from "../integrations/post-openai-agents";
import { postTraces } from "../integrations/post-otlp";

export type ListenerHandler = (req: Incoming) => Promise<Reply>;

/** POST paths answered ahead of Next, each by the handler its route file exports. */
export const LISTENER_ROUTES: Readonly<Record<string, ListenerHandler>> = {
  "/api/v1/events": postEvents.answer,
  "/v1/traces": postTraces.answer,
  "/api/v1/integrations/openai-agents/traces": postOpenAITraces.answer,
};

/**
 * The handler owning this request, or null for Next. Only the exact path: a trailing slash, other
 * casing or encoding, and every other method go to Next and get the answers they got before.
 */
export function listenerRoute(req: IncomingMessage): ListenerHandler | null {
  if (req.method !== "POST" || !req.url) return null;
  const q = req.url.indexOf("?");
  return LISTENER_ROUTES[q < 0 ? req.url : req.url.slice(0, q)] ?? null;
}

/** Runs `handler` on node's request and writes its Reply; never throws (the handler maps its own errors). */
export async function serveWithListener(handler: ListenerHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let out: Reply;
  try {
    out = await handler({ url: req.url ?? "/", headers: new NodeHeaders(req), body: new NodeBody(req) });
  } catch (err) {
    // keyRoute maps every error itself; this is only a broken adapter
    console.error("[ingest-listener] unexpected error:", err);
    out = jsonReply({ error: "internal error", code: "internal_error" }, 500);
  }
  if (!res.destroyed) {
    // a string body is written as it is: node then sends head and body in one write, not a writev of two buffers
    const { body } = out;
    const length = typeof body === "string" ? Buffer.byteLength(body) : body?.byteLength;
    res.writeHead(out.status, length === undefined ? out.headers : { ...out.headers, "content-length": String(length) });
    res.end(body);
  }
  // a body the handler did not read (a 401 before the upload ended) is drained, or the next
  // request on this keep-alive connection would wait behind it
  if (!req.complete) req.resume();
}

// Per request, classes rather than closures: tsx compiles with esbuild's keepNames, which names
// every closure created (an Object.defineProperty each, ~2 % of the web process's CPU per
// single-event request in the closures this file and key-route.ts created per request).

/** node's parsed headers, as Next's adapter reads them (a repeated Authorization keeps the first). */
class NodeHeaders {
  constructor(private readonly req: IncomingMessage) {}
  get(name: string): string | null {
    const v = this.req.headers[name];
    return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
  }
}

/**
 * node's body as chunks: taken from the request's buffer as it is when node has read it whole
 * already (the key lookup waited for the database meanwhile), else streamed (StreamedBody).
 */
class NodeBody implements AsyncIterable<Uint8Array> {
  constructor(private readonly req: IncomingMessage) {}
  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return this.req.complete ? new BufferedBody(this.req) : new StreamedBody(this.req);
  }
}

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

/** A body node has already read whole: what the request holds in its buffer, then the end. */
class BufferedBody implements AsyncIterator<Uint8Array> {
  private taken = false;
  constructor(private readonly req: IncomingMessage) {}
  next(): Promise<IteratorResult<Uint8Array>> {
    if (this.taken) return Promise.resolve(DONE);
    this.taken = true;
    // read() with no size returns everything buffered (null: an empty body), and marks the request consumed
    const chunk = this.req.read() as Buffer | null;
    return Promise.resolve(chunk ? { value: chunk, done: false } : DONE);
  }
  return(): Promise<IteratorResult<Uint8Array>> {
    this.taken = true;
    return Promise.resolve(DONE);
  }
}

/**
 * A body still arriving, as chunks, with backpressure (the reader applies the size limit as it
 * reads). A reader that stops early (413) returns the iterator, which discards the rest so the
 * answer still reaches a client that is still sending; a client gone mid-body fails the read.
 * Listeners are attached on the first read only: a handler that never reads (401) leaves node to
 * drain the body. A single-event body lands here too: node's parser hands the handler the request
 * at the end of its headers and runs the handler's microtasks before it parses the body.
 */
class StreamedBody implements AsyncIterator<Uint8Array> {
  private readonly queue: Buffer[] = [];
  private ended = false;
  private failure: Error | null = null;
  private wake: { resolve: (r: IteratorResult<Uint8Array>) => void; reject: (e: Error) => void } | null = null;
  private readonly onData = this.data.bind(this);
  private readonly waitFor = this.wait.bind(this);

  constructor(private readonly req: IncomingMessage) {
    req.on("data", this.onData);
    req.once("end", this.end.bind(this));
    req.once("error", this.error.bind(this));
    req.once("close", this.close.bind(this));
  }

  // Not an async method: one promise per read, or per wait (each promise passes through the async
  // hooks of Next's AsyncLocalStorage; an async next() awaiting a fresh promise made three).
  next(): Promise<IteratorResult<Uint8Array>> {
    const now = this.poll();
    if (now === null) return new Promise(this.waitFor);
    return now instanceof Error ? Promise.reject(now) : Promise.resolve(now);
  }

  return(): Promise<IteratorResult<Uint8Array>> {
    this.req.off("data", this.onData);
    this.queue.length = 0;
    this.ended = true;
    this.req.resume();
    return Promise.resolve(DONE);
  }

  /** The next chunk, the end, the failure, or null while there is nothing yet. */
  private poll(): IteratorResult<Uint8Array> | Error | null {
    const chunk = this.queue.shift();
    if (chunk) {
      if (!this.ended && this.req.isPaused()) this.req.resume();
      return { value: chunk, done: false };
    }
    return this.failure ?? (this.ended ? DONE : null);
  }

  private wait(resolve: (r: IteratorResult<Uint8Array>) => void, reject: (e: Error) => void): void {
    this.wake = { resolve, reject };
  }

  private signal(): void {
    const w = this.wake;
    if (!w) return;
    const now = this.poll();
    if (now === null) return;
    this.wake = null;
    if (now instanceof Error) w.reject(now);
    else w.resolve(now);
  }
  private data(chunk: Buffer): void {
    this.queue.push(chunk);
    if (this.queue.length >= 4) this.req.pause();
    this.signal();
  }

  private end(): void {
    this.ended = true;
    this.signal();
  }

  private error(err: Error): void {
    this.failure ??= err;
    this.signal();
  }

  private close(): void {
    if (!this.req.complete) this.failure ??= new Error("the client closed the connection before the body ended");
    this.signal();
  }
}
