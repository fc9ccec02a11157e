// The URL users reach Baton at, for snippets and links: BATON_PUBLIC_URL, else the request's host.
import { headers } from "next/headers";
import { env } from "../env";

export async function baseUrl(): Promise<string> {
  const configured = env().BATON_PUBLIC_URL;
  if (configured) return configured.replace(/\/$/, "");
  const h = await headers();
  const proto = (h.get("x-forwarded-proto") ?? "http").split(",")[0];
  return `${proto}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000"}`;
}
