// Codes the user typed without naming them (facts.ts UNNAMED_CODE): the noun typed right before one
// ("for job GC-7731-B", "voucher GV7734KQ") and which of them are ids a handoff owes (SPEC §3.1). Shared
// by dropout (unnamedIds: an issued id's shape makes a dropout fact) and re-ask (codeByNoun: an ask
// for the noun's identifier names the code).
import type { ScoringContext } from "./context";
import { sameValue, UNNAMED_CODE, type Fact } from "./facts";
import { openField, slotForKey, type Vocabulary } from "./slots";
import { isUserMessage, positionOf, type TimedEvent } from "./timeline";
import { isIssuedCode } from "./values";

/** Field of a code the user gave without naming it and no noun names either: what it is to the user, a reference. */
export const REFERENCE = "reference";

const WORD_BEFORE = /\b([a-z]{3,})\s*[:#]?\s*$/i;
/**
 * The identifier a noun typed right before a user's unnamed code names ("our crew came for job
 * GC-7731-B" → job_number, "voucher GV7734KQ" → voucher_number; a listed slot by its own name:
 * "booking" → booking_id), or null when no noun stands there. A preposition before the noun keeps
 * facts.ts's readers from naming the code; the noun still says what the user meant.
 */
export function fieldByNounBefore(timeline: TimedEvent[], vocab: Vocabulary, f: Fact): string | null {
  const noun = WORD_BEFORE.exec(typedBefore(timeline, f, 30))?.[1];
  const open = noun ? openField(noun) : null;
  return open ? (slotForKey(open, vocab)?.name ?? open) : null;
}

/** The last `n` characters the user typed before a fact's value in its message ("" when it starts it or is no user's). */
export function typedBefore(timeline: TimedEvent[], f: Fact, n: number): string {
  const e = timeline[positionOf(timeline, f.eventId)]?.event;
  const text = e && isUserMessage(e) ? e.content : "";
  const at = text.indexOf(f.value);
  return at > 0 ? text.slice(Math.max(0, at - n), at) : "";
}

/**
 * A code the user gave without naming it that no agent named either, shaped as an issued
 * identifier (values.ts isIssuedCode: "barcode 8821004471930022", "it's WV-2231, CT-90417", "got
 * voucher GV7734KQ"): an id (SPEC §3.1) all the same — five blind authors labelled such codes
 * dropped when a handoff left them out, none clean. Named by the slot a noun typed before it names
 * ("parcel BK-58812" → tracking_number), else a reference. A shorter code ("CX-5s", "US-05") names a
 * kind of thing, as does a code after an article or "model" ("it's a T4800", "model BK-2210X"), and
 * one a device shows ("it says E-44120") is a reading: these stay re-ask evidence only.
 */
const KIND_OR_READING_BEFORE = /\b(?:an?|model|says|shows|reads|displays)\s*[:#]?\s*$/i;
export function unnamedIds(ctx: ScoringContext, byAgents: Fact[]): Map<Fact, Fact> {
  const out = new Map<Fact, Fact>();
  for (const f of ctx.facts) {
    if (f.field !== UNNAMED_CODE || f.source !== "user" || !isIssuedCode(f.value) || byAgents.some((n) => sameValue(n.value, f.value))) continue;
    if (KIND_OR_READING_BEFORE.test(typedBefore(ctx.timeline, f, 20))) continue;
    const noun = fieldByNounBefore(ctx.timeline, ctx.vocab, f);
    out.set(f, { ...f, field: noun && ctx.vocab.byName.has(noun) ? noun : REFERENCE });
  }
  return out;
}
