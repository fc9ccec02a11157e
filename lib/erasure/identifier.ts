// Pure helpers for an erasure identifier (an email, a customer id …): how it is validated, how it
// is matched inside events, and how it is remembered without being stored (hash + mask).
import crypto from "node:crypto";
import { ValidationError } from "../errors";

/** Shorter identifiers match too much by accident ("a1", "@x"), so they are refused outright. */
export const MIN_IDENTIFIER_LENGTH = 4;

/** Trims; throws a ValidationError (400) for an empty or too-short identifier. */
export function normalizeIdentifier(raw: string): string {
  const id = raw.trim();
  if (!id) throw new ValidationError("identifier is empty: give the email or customer id to erase", [{ path: "body.identifier", message: "must not be empty" }]);
  if (id.length < MIN_IDENTIFIER_LENGTH)
    throw new ValidationError(`identifier is too short (${id.length} characters, at least ${MIN_IDENTIFIER_LENGTH}): it would match unrelated data`, [
      { path: "body.identifier", message: `must be at least ${MIN_IDENTIFIER_LENGTH} characters` },
    ]);
  return id;
}

/** Case-insensitive sha256, so "Ann@X.com" and "ann@x.com" resume the same request. */
export const hashIdentifier = (id: string): string => crypto.createHash("sha256").update(id.toLowerCase()).digest("hex");

/** What /settings shows: the first two characters and a mask ("an•••"). */
export const maskIdentifier = (id: string): string => `${id.slice(0, 2)}•••`;

/**
 * A PostgreSQL regular expression (for `~*`) matching the identifier as a whole token inside the
 * JSON text of an event: "ann@x.com" matches `"email": "ann@x.com"` and "mail ann@x.com." but not
 * "joann@x.com" or "ann@x.com2". Token characters are letters, digits and _ @ + -.
 */
export function identifierPattern(id: string): string {
  const escaped = id.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
  return `(^|[^[:alnum:]_@+-])${escaped}($|[^[:alnum:]_@+-])`;
}
