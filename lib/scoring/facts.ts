// Facts: entity values the conversation has established (SPEC §3.1) — ids, order numbers,
// emails, phones, amounts, dates and the project's tracked fields — found in user messages (by
// pattern) and in tool results (by key, walking the JSON). Dropout and re-ask compare what was
// known before a handoff with what crossed it.
import { canonicalField, normaliseKey, slotForKey, SLOTS } from "./slots";
import { isToolCall, isUserMessage, type TimedEvent } from "./timeline";

export interface Fact {
  field: string;
  value: string;
  source: "user" | "tool";
  eventId: string;
  turn: number;
  at: number;
}

const MAX_WALK = 2000;

/** Scalar leaves of a JSON value with their key (the innermost object key above them). */
export function leaves(value: unknown, key = ""): Array<{ key: string; path: string; value: string | number | boolean }> {
  const out: Array<{ key: string; path: string; value: string | number | boolean }> = [];
  const stack: Array<[unknown, string, string]> = [[value, key, key]];
  while (stack.length && out.length < MAX_WALK) {
    const [v, k, p] = stack.pop()!;
    if (v === null || v === undefined) continue;
    if (typeof v === "object") {
      if (Array.isArray(v)) v.forEach((c, i) => stack.push([c, k, p ? `${p}.${i}` : String(i)]));
      else for (const [ck, cv] of Object.entries(v)) stack.push([cv, ck, p ? `${p}.${ck}` : ck]);
    } else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
      out.push({ key: k, path: p, value: v });
    }
  }
  return out;
}

/** Facts stated in free text by the user ("my order number is 8812", "it's jane@x.com"). */
export function factsFromText(text: string): Array<{ field: string; value: string }> {
  const out: Array<{ field: string; value: string }> = [];
  for (const slot of SLOTS) {
    if (!slot.value) continue;
    const re = new RegExp(slot.value.source, slot.value.flags.includes("g") ? slot.value.flags : `${slot.value.flags}g`);
    for (const m of text.matchAll(re)) {
      const value = (m[1] ?? m[0]).trim().replace(/[.,;]+$/, "");
      if (value) out.push({ field: slot.name, value });
    }
  }
  // A bare "#8812" or "8812" given right after being asked is common; a lone long number with a
  // leading # is treated as an order id when no other id slot claimed that value.
  const bare = /(?:^|\s)#(\d{4,})\b/.exec(text);
  if (bare && !out.some((f) => f.field === "order_id" || f.value === bare[1])) out.push({ field: "order_id", value: bare[1] });
  return out;
}

/** Facts in a tool result: keys that name a slot or a tracked field, and email/phone-shaped values. */
export function factsFromJson(value: unknown, tracked: string[]): Array<{ field: string; value: string }> {
  const trackedNorm = new Set(tracked.map(normaliseKey));
  const out: Array<{ field: string; value: string }> = [];
  for (const leaf of leaves(value)) {
    if (typeof leaf.value === "boolean") continue;
    const v = String(leaf.value);
    if (!v || v.length > 200) continue;
    if (slotForKey(leaf.key) || trackedNorm.has(normaliseKey(leaf.key))) {
      out.push({ field: canonicalField(leaf.key, tracked), value: v });
    } else if (/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(v)) {
      out.push({ field: "email", value: v });
    }
  }
  return out;
}

/** Every fact in the timeline in order, with where it was seen. */
export function extractFacts(timeline: TimedEvent[], tracked: string[]): Fact[] {
  const facts: Fact[] = [];
  for (const t of timeline) {
    const e = t.event;
    const base = { eventId: e.id, turn: t.turn, at: t.at };
    if (isUserMessage(e)) {
      for (const f of factsFromText(e.content)) facts.push({ ...f, ...base, source: "user" });
    } else if (isToolCall(e)) {
      for (const f of factsFromJson(e.args, tracked)) facts.push({ ...f, ...base, source: "tool" });
      for (const f of factsFromJson(e.result, tracked)) facts.push({ ...f, ...base, source: "tool" });
    }
  }
  return facts;
}

/** The latest value per field among facts seen between timeline positions `since` and `beforeIndex`. */
export function knownFacts(facts: Fact[], timeline: TimedEvent[], beforeIndex: number, since = 0): Map<string, Fact> {
  const ids = new Set(timeline.slice(since, beforeIndex).map((t) => t.event.id));
  const known = new Map<string, Fact>();
  for (const f of facts) if (ids.has(f.eventId)) known.set(f.field, f);
  return known;
}

/** Case- and punctuation-insensitive "does this text mention this value". */
export function mentions(haystack: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (!v) return false;
  const h = haystack.toLowerCase();
  if (h.includes(v)) return true;
  const digits = v.replace(/\D/g, "");
  // phones and ids written with other separators: compare the digit runs
  return digits.length >= 7 && digits.length === v.replace(/[\s().+-]/g, "").length && h.replace(/\D/g, "").includes(digits);
}
