// SQL literals for statements sent as one simple-query string, where several statements travel in
// one round trip: node-pg sends a parameterised statement alone and waits for its answer before
// sending the next (no pipelining), so a transaction of five small reads costs five round trips.
// A literal here is exactly what node-pg would have sent as that parameter — the same text, untyped
// ('…' is of unknown type, as an untyped parameter is), so the statement's own casts and context
// give it its type — quoted so that no value can end the literal.

/** What the scoring batch binds: text, numbers, booleans, NULL, and one-dimensional arrays of them. */
export type LiteralValue = string | number | boolean | null | undefined | readonly (string | number | boolean | null | undefined)[];

/** `value` as an SQL literal: NULL, or its text quoted (`E'…'` with doubled backslashes when it has any). */
export function sqlLiteral(value: LiteralValue): string {
  if (value == null) return "NULL";
  return quote(Array.isArray(value) ? arrayText(value) : String(value));
}

function quote(text: string): string {
  const q = text.replace(/'/g, "''");
  // a leading space keeps E'…' from fusing with a word before it
  return text.includes("\\") ? ` E'${q.replace(/\\/g, "\\\\")}'` : `'${q}'`;
}

/** PostgreSQL's array input form, as node-pg writes an array parameter: every element double-quoted. */
function arrayText(values: readonly (string | number | boolean | null | undefined)[]): string {
  const items = values.map((v) => (v == null ? "NULL" : `"${String(v).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`));
  return `{${items.join(",")}}`;
}
