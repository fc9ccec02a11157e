import crypto from "node:crypto";

/** `length` hex characters of a hash of the parts: stable ids for things derived more than once. */
export function hashHex(length: number, ...parts: string[]): string {
  return crypto.createHash("sha256").update(parts.join("\u0001")).digest("hex").slice(0, length);
}

/** A short stable id from parts (derived event ids must be the same every time they are derived). */
export const hashId = (...parts: string[]): string => hashHex(24, ...parts);
