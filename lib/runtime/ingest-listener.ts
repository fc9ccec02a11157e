// The ingest listener (issue 17 §4): the web process's public HTTP server answers the ingest
// routes itself and hands every other request to Next. Through Next, a single-event POST spent a
// few ms of CPU in routing and Request/Response work around a ~1 ms handler; here it costs one
// node:http parse and a thin adapter. The handlers are the ones the route files export (same
// auth, limits, validation, insert and error mapping), so both paths answer the same bytes;
// this file only converts node's req/res to and from the Fetch API's Request/Response.
import type { IncomingMessage, ServerResponse } from "node:http";
import { postEvents } from "../ingest/post-events";

export type WebHandler = (req: Request) => Promise<Response>;

/** POST paths answered ahead of Next, each by the handler its route file exports. */
export const LISTENER_ROUTES: Readonly<Record<string, WebHandler>> = {
  "/api/v1/events": postEvents,
};

/**
 * The handler owning this request, or null for Next. Only the exact path: a trailing slash, other
 * casing or encoding, and every other method go to Next and get the answers they got before.
 */
export function listenerRoute(req: IncomingMessage): WebHandler | null {
  if (req.method !== "POST" || !req.url) return null;
  const q = req.url.indexOf("?");
  return LISTENER_ROUTES[q < 0 ? req.url : req.url.slice(0, q)] ?? null;
}

/** Runs `handler` on node's request and writes its Response; never throws (the handler maps its own errors). */
export async function serveWithListener(handler: WebHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = bodyStream(req);
  let out: Response;
  try {
    out = await handler(toRequest(req, body.stream));
  } catch (err) {
    // route() maps every error itself; this is only a broken adapter
    console.error("[ingest-listener] unexpected error:", err);
    out = Response.json({ error: "internal error", code: "internal_error" }, { status: 500 });
  }
  await writeResponse(out, res);
  // a body the handler did not read (a 401 before the upload ended) is drained, or the next
  // request on this keep-alive connection would wait behind it
  body.discard();
}

function toRequest(req: IncomingMessage, body: ReadableStream<Uint8Array>): Request {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  return new Request(requestUrl(req), { method: req.method, headers, body, duplex: "half" } as RequestInit);
}

/** The URL the handler sees; the ingest handlers read only its query, so a bad Host header is not an error here. */
function requestUrl(req: IncomingMessage): string {
  try {
    return new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`).href;
  } catch {
    return new URL(req.url ?? "/", "http://localhost").href;
  }
}

/**
 * node's body as a web stream with backpressure: the handler's readBody applies the size limit
 * as it reads. A stream the handler stops reading (413) discards the rest, so the answer still
 * reaches a client that is still sending; a client gone mid-body errors the stream.
 */
function bodyStream(req: IncomingMessage): { stream: ReadableStream<Uint8Array>; discard(): void } {
  let open = true;
  const discard = () => {
    open = false;
    req.resume();
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.on("data", (chunk: Buffer) => {
          if (!open) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.once("end", () => {
          if (open) controller.close();
          open = false;
        });
        req.once("error", (err) => {
          if (open) controller.error(err);
          open = false;
        });
        req.once("close", () => {
          if (open && !req.complete) controller.error(new Error("the client closed the connection before the body ended"));
          open = false;
        });
      },
      pull() {
        req.resume();
      },
      cancel: discard,
    },
    { highWaterMark: 4 },
  );
  return { stream, discard };
}

async function writeResponse(out: Response, res: ServerResponse): Promise<void> {
  const body = out.body ? Buffer.from(await out.arrayBuffer()) : null;
  if (res.destroyed) return;
  const headers: Record<string, string | string[]> = {};
  out.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = out.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  if (body) headers["content-length"] = String(body.length);
  res.writeHead(out.status, headers);
  res.end(body);
}
