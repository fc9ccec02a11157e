// The URL users reach Baton at, for snippets and links: BATON_PUBLIC_URL, else the request's host.
import { headers } from "next/headers";

export async function baseUrl(): Promise<string> {
  if (process.env.BATON_PUBLIC_URL) return process.env.BATON_PUBLIC_URL.replace(/\/$/, "");
  const h = await headers();
  const proto = (h.get("x-forwarded-proto") ?? "http").split(",")[0];
  return `${proto}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000"}`;
}
