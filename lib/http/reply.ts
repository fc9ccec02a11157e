// A response as plain data: status, headers and a body. Handlers that both Next (a route file,
// which must return a Fetch Response) and the node:http ingest listener (which writes node's
// ServerResponse directly, lib/runtime/ingest-listener.ts) serve return a Reply, and each adapter
// writes it: building a Fetch Response only to take it apart again was ~15 % of the listener's CPU
// per single-event request (issue 17 §4).
export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** text or bytes as sent; null for no body */
  body: string | Uint8Array | null;
}

/** What Response.json(value, {status, headers}) sends, as a Reply. */
export function jsonReply(value: unknown, status = 200, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(value) };
}

export function toResponse(reply: Reply): Response {
  return new Response(reply.body as BodyInit | null, { status: reply.status, headers: reply.headers });
}
