// Shared pieces of the /api/v1/contracts handlers: the edge params, who made a change, and the
// raw-text contract bodies (read as text so a field listed twice is a 400, not silently merged).
import { z } from "zod";
import type { Auth } from "../http/route";
import { readBody, requireContentType } from "../http/body";

export const EdgeParams = z.object({ from: z.string().min(1).max(256), to: z.string().min(1).max(256) });

export const authorOf = (auth: Auth) => auth.user?.email ?? (auth.key ? `api key ${auth.key.keyId}` : "unknown");

export const MAX_CONTRACT_BYTES = 5 * 1024 * 1024;

export async function readJsonText(req: Request): Promise<string> {
  requireContentType(req, ["application/json"]);
  return (await readBody(req, MAX_CONTRACT_BYTES)).toString("utf8");
}
