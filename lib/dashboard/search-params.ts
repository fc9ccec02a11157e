// Search params as pages receive them (string | string[] per key) ⇄ URLSearchParams, and the links
// into the conversations list that every drill-down uses (issue 15, item 4): one place builds them.
export type SearchParams = Record<string, string | string[] | undefined>;

export function toSearchParams(sp: SearchParams, drop: readonly string[] = []): URLSearchParams {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) {
    if (drop.includes(k) || v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) q.append(k, one);
  }
  return q;
}

/** The same params with `key` changed: a value removed from a list, or set/replaced. */
export function withParam(sp: SearchParams, key: string, op: { remove?: string; set?: string | null }): URLSearchParams {
  const q = toSearchParams(sp, ["cursor"]);
  const values = q.getAll(key).flatMap((v) => v.split(",")).filter((v) => v && v !== op.remove);
  q.delete(key);
  if (op.set !== undefined) {
    if (op.set !== null) q.set(key, op.set);
  } else for (const v of values) q.append(key, v);
  return q;
}

/** /conversations filtered to one window (absolute, so the list shows exactly the conversations behind
 *  the number) and the filters that apply: flag, agent, edge, release, status, sort. */
export function conversationsHref(from: Date, to: Date, filters: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams({ range: "custom", from: from.toISOString(), to: to.toISOString() });
  for (const [k, v] of Object.entries(filters)) if (v !== undefined && v !== "") q.set(k, String(v));
  return `/conversations?${q.toString()}`;
}
