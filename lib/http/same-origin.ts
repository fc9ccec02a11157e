// Where a request came from, for the CSRF defences (SPEC §8): session-authenticated API mutations
// (lib/http/route.ts) and server-action POSTs (proxy.ts). No database imports: proxy.ts loads it.

/** The host the browser addressed: the first X-Forwarded-Host behind a proxy, else Host. */
function requestHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0].trim() || headers.get("host");
}

/**
 * True when a request may come from our own pages. Browsers send Sec-Fetch-Site and/or Origin
 * with every POST; both must agree with us when present. Next's own server-action check compares
 * Origin with X-Forwarded-Host/Host the same way, so whatever passes here passes there.
 * Non-browser clients send neither header and cannot carry a victim's cookies, so they pass.
 */
export function isSameOrigin(req: { headers: Headers }): boolean {
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = req.headers.get("origin");
  if (origin === null) return true;
  try {
    return new URL(origin).host === requestHost(req.headers);
  } catch {
    return false; // "null" (sandboxed frames, privacy redirects) or garbage
  }
}
