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
    // node's parsed headers, as Next's adapter reads them (a repeated Authorization keeps the first)
    const headers = { get: (name: string) => headerValue(req.headers[name]) };
    out = await handler({ url: req.url ?? "/", headers, body: bodyChunks(req) });
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

function headerValue(v: string | string[] | undefined): string | null {
  return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
}

/**
 * node's body as chunks, with backpressure (the reader applies the size limit as it reads). A
 * reader that stops early (413) returns the iterator, which discards the rest so the answer still
 * reaches a client that is still sending; a client gone mid-body fails the read. Listeners are
 * attached on the first read only: a handler that never reads (401) leaves node to drain the body.
 */
function bodyChunks(req: IncomingMessage): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]() {
      const queue: Buffer[] = [];
      let ended = false;
      let failure: Error | null = null;
      let wake: (() => void) | null = null;
      const signal = () => {
        const w = wake;
        wake = null;
        w?.();
      };
      const onData = (chunk: Buffer) => {
        queue.push(chunk);
        if (queue.length >= 4) req.pause();
        signal();
      };
      req.on("data", onData);
      req.once("end", () => ((ended = true), signal()));
      req.once("error", (err) => ((failure ??= err), signal()));
      req.once("close", () => {
        if (!req.complete) failure ??= new Error("the client closed the connection before the body ended");
        signal();
      });
      return {
        async next(): Promise<IteratorResult<Uint8Array>> {
          for (;;) {
            const chunk = queue.shift();
            if (chunk) {
              if (!ended && req.isPaused()) req.resume();
              return { value: chunk, done: false };
            }
            if (failure) throw failure;
            if (ended) return { value: undefined, done: true };
            await new Promise<void>((resolve) => (wake = resolve));
          }
        },
        async return(): Promise<IteratorResult<Uint8Array>> {
          req.off("data", onData);
          queue.length = 0;
          ended = true;
          req.resume();
          return { value: undefined, done: true };
        },
      };
    },
  };
}
