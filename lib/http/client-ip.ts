// The client's address, for per-address login throttling. Next.js exposes it only through
// X-Forwarded-For, which it fills from the socket when the request carries none, so:
// - BATON_TRUST_PROXY=0 (Baton exposed directly, the default): proxy.ts deletes any
//   X-Forwarded-For the client sent, Next then writes the socket's address, and that is used.
// - BATON_TRUST_PROXY=N: N reverse proxies each appended the address they saw; the client is the
//   Nth entry from the right (entries further left were written by the client and are ignored).
import { env } from "../env";

export const FORWARDED_FOR = "x-forwarded-for";

export function clientIp(headers: Headers): string {
  const chain = (headers.get(FORWARDED_FOR) ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (!chain.length) return "unknown";
  const hops = Math.max(1, env().BATON_TRUST_PROXY);
  return chain[Math.max(0, chain.length - hops)];
}

/** True when a client-sent X-Forwarded-For must be dropped before Next fills in the socket's address. */
export const dropForwardedFor = () => env().BATON_TRUST_PROXY === 0;
