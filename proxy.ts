// Next.js 16 request proxy (formerly middleware): refuses, before routing, the requests Next
// itself would answer with a bare 500. Runs on every path except ingest (/api/v1/events,
// /v1/traces: hot paths with fixed URLs) and static assets.
// - A cross-origin server-action POST is a CSRF attempt: Next aborts it with "Invalid Server
//   Actions request" and a 500; SPEC §8 wants 403. API routes check origin in lib/http/route.ts.
// - Without a trusted reverse proxy, a client-sent X-Forwarded-For is removed so that Next writes
//   the socket's address there (lib/http/client-ip.ts: the login throttle keys on it).
import { NextResponse, type NextRequest } from "next/server";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { dropForwardedFor, FORWARDED_FOR } from "@/lib/http/client-ip";
import { isSameOrigin } from "@/lib/http/same-origin";

export function proxy(req: NextRequest): Response {
  // Next decodes dynamic segments itself and throws on a malformed escape ("%E0"): a 500.
  if (!isDecodable(new URL(req.url).pathname)) {
    return errorResponse(new ValidationError("the URL path is not valid percent-encoding (UTF-8)"));
  }
  if (isServerActionPost(req) && !isSameOrigin(req)) {
    return errorResponse(new ForbiddenError("cross-origin request refused"));
  }
  if (req.headers.has(FORWARDED_FOR) && dropForwardedFor()) {
    const headers = new Headers(req.headers);
    headers.delete(FORWARDED_FOR);
    return NextResponse.next({ request: { headers } });
  }
  return NextResponse.next();
}

/** A server action is a POST to a page: from JS with a Next-Action header, without JS as a form. */
function isServerActionPost(req: NextRequest): boolean {
  if (req.method !== "POST" || req.nextUrl.pathname.startsWith("/api/")) return false;
  if (req.headers.has("next-action")) return true;
  const type = req.headers.get("content-type") ?? "";
  return type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
}

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/v1/events|v1/traces).*)"],
};
