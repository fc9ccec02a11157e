// The items of a tool result's lists, for freshness.ts: which values describe the one option a leaf
// belongs to, and whether a newer call was made with that option (SPEC §3.5's refresh, read for a slot
// picked from an old list and then booked).
import type { leaves } from "./facts";

type Leaf = ReturnType<typeof leaves>[number];

/** Values too common to match: booleans and yes/no words as text. */
export const TRIVIAL = new Set(["true", "false", "null", "ok", "yes", "no", "none", "n/a"]);

/**
 * The values of the list item a leaf sits in (`options.0.label` → every leaf under `options.0`): a
 * result that lists choices describes each by several values, and a later call made with one of them
 * (the start date) took that item, its label with it. A leaf outside a list has no item: the other
 * values of a flat record (an order's status beside its id) are not taken again by a call on the record.
 */
export function listItemOf(path: string, all: Leaf[]): string[] {
  const parts = path.split(".");
  // a list of strings ("Grafting day, Sat 1 March"): the element is the item, described in one string
  if (/^\d+$/.test(parts[parts.length - 1])) return all.filter((l) => l.path === path).map((l) => String(l.value).trim().toLowerCase());
  const at = parts.findLastIndex((p, i) => i < parts.length - 1 && /^\d+$/.test(p));
  if (at < 0) return [];
  const prefix = `${parts.slice(0, at + 1).join(".")}.`;
  return all
    .filter((l) => l.path !== path && l.path.startsWith(prefix) && typeof l.value !== "boolean")
    .map((l) => String(l.value).trim().toLowerCase())
    .filter((v) => v.length >= 3 && !TRIVIAL.has(v));
}

/**
 * One value written inside another as a whole part: "15:30" in the argument "2025-10-16T15:30", the
 * name "grafting day" in the listed "grafting day, sat 1 march". Digits are bounded by non-digits
 * (the "T" of a timestamp is a separator), letters by non-letters; the part has four characters or
 * more, so "day" or "12" is in nothing.
 */
function holds(whole: string, part: string): boolean {
  if (part.length < 4 || part.length >= whole.length) return false;
  const at = whole.indexOf(part);
  if (at < 0) return false;
  const bound = (c: string | undefined, edge: string) => !c || (/\d/.test(edge) ? !/[\d:.,]/.test(c) : !/[\p{L}\d]/u.test(c));
  return bound(whole[at - 1], part[0]) && bound(whole[at + part.length], part[part.length - 1]);
}

/** A call made with one of an item's values, or with a value that holds one or is held in one (`holds`). */
export function madeWith(args: Set<string>, item: string[]): boolean {
  if (item.some((o) => args.has(o))) return true;
  const list = [...args];
  return item.some((o) => list.some((a) => holds(a, o) || holds(o, a)));
}
