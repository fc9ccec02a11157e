// Next.js 16 request proxy (formerly middleware): refuses, before routing, the requests Next
// itself would answer with a bare 500. Runs on every path except ingest (/api/v1/events,
// /v1/traces: hot paths with fixed URLs) and static assets.
import { NextResponse, type NextRequest } from "next/server";
import { ValidationError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";

export function proxy(req: NextRequest): Response {
  // Next decodes dynamic segments itself and throws on a malformed escape ("%E0"): a 500.
  if (!isDecodable(new URL(req.url).pathname)) {
    return errorResponse(new ValidationError("the URL path is not valid percent-encoding (UTF-8)"));
  }
  return NextResponse.next();
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
