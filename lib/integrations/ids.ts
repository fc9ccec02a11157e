import crypto from "node:crypto";

/** A short stable id from parts (derived event ids must be the same every time they are derived). */
export function hashId(...parts: string[]): string {
  return crypto.createHash("sha256").update(parts.join("\u0001")).digest("hex").slice(0, 24);
}
