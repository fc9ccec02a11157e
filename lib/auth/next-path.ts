// Where the login sends the browser afterwards (`/login?next=…`). Only a path on our own origin:
// "/\evil.example", "/%09/evil.example" and "//evil.example" are all protocol-relative URLs to a
// browser, so the value is parsed the way the browser will parse it (WHATWG URL, which treats "\"
// as "/" and drops tabs and newlines) and accepted only when its origin is ours.

const BASE = "http://baton.invalid";

/** `next` as a same-origin path (path + query + hash, re-serialized), or "/" for anything else. */
export function sameOriginPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.length > 2000) return "/";
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
