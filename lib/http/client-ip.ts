// What the reverse proxies in front of Baton say about the client: its address (per-address login
// throttling) and whether it came over HTTPS (Secure cookies). Next.js exposes the address only
// through X-Forwarded-For, which it fills from the socket when the request carries none, so:
// - BATON_TRUST_PROXY=0 (Baton exposed directly, the default): proxy.ts deletes any
//   X-Forwarded-For the client sent, Next then writes the socket's address, and that is used; a
//   client-sent X-Forwarded-Proto is ignored (`next start` serves plain HTTP).
// - BATON_TRUST_PROXY=N: N reverse proxies each appended what they saw; the client is the Nth
//   entry from the right (entries further left were written by the client and are ignored).
import { env } from "../env";

export const FORWARDED_FOR = "x-forwarded-for";
const FORWARDED_PROTO = "x-forwarded-proto";

/** The entry of a comma-separated X-Forwarded-* value that the `hops`th proxy wrote; null when no proxy is trusted or the header is empty. */
export function forwardedEntry(value: string | null, hops: number): string | null {
  if (hops < 1) return null;
  const chain = (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return chain.length ? chain[Math.max(0, chain.length - hops)] : null;
}

export function clientIp(headers: Headers): string {
  // at 0 proxies the header is the socket's address, which Next wrote (see above)
  return forwardedEntry(headers.get(FORWARDED_FOR), Math.max(1, env().BATON_TRUST_PROXY)) ?? "unknown";
}

/** Secure cookies when a trusted proxy says the request came over HTTPS; a client's own claim counts for nothing. */
export function isHttpsRequest(headers: Headers, hops = env().BATON_TRUST_PROXY): boolean {
  return forwardedEntry(headers.get(FORWARDED_PROTO), hops)?.toLowerCase() === "https";
}

/** True when a client-sent X-Forwarded-For must be dropped before Next fills in the socket's address. */
export const dropForwardedFor = () => env().BATON_TRUST_PROXY === 0;
