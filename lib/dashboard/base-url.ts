// The URL users reach Baton at, for snippets and links: BATON_PUBLIC_URL, else the request's host.
// The scheme is https only when a trusted proxy says so (BATON_TRUST_PROXY, the rule of
// lib/http/client-ip.ts): a client's own X-Forwarded-Proto counts for nothing.
import { headers } from "next/headers";
import { env } from "../env";
import { isHttpsRequest } from "../http/client-ip";

export async function baseUrl(): Promise<string> {
  const configured = env().BATON_PUBLIC_URL;
  if (configured) return configured.replace(/\/$/, "");
  return requestBaseUrl(await headers(), env().BATON_TRUST_PROXY);
}

/** The base URL a request reached us at (pure: exported for tests). */
export function requestBaseUrl(h: Headers, trustedProxies: number): string {
  const proto = isHttpsRequest(h, trustedProxies) ? "https" : "http";
  return `${proto}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000"}`;
}
