// Keyset paging for the data layer's lists (alert events, conversations): the position of a
// page's last row, the opaque cursor it becomes, and the "one row more than the page" rule that
// says whether there is a next page. The HTTP side only decodes a client's cursor
// (lib/http/params.ts: Cursor), so queries never depend on lib/http.

/** Keyset position: the last row's sort timestamp and id (both lists sort by `(at, id) DESC`). */
export interface Keyset {
  at: Date;
  id: string;
}

/** Opaque cursor: base64url of `[ISO timestamp, id]`. */
export function encodeCursor(k: Keyset): string {
  return Buffer.from(JSON.stringify([k.at.toISOString(), k.id])).toString("base64url");
}

/** A page from `limit + 1` fetched rows: the first `limit`, and the cursor after the last of them
 *  when the extra row shows there is more. */
export function keysetPage<R, T>(rows: R[], limit: number, keyOf: (row: R) => Keyset, map: (row: R) => T): { data: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { data: page.map(map), nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
