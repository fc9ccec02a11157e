// Tool-result freshness (SPEC §3.5). Every tool result has an age in user turns and seconds. After
// a handoff, an agent message that states a value taken from a tool result that came from before
// that handoff, is older than N user turns or T seconds, and was not refreshed, is a stale use.
//
// Definitions and choices (issue 12 item 4):
// - "Turn" = user turn: the age in turns is the number of user messages between the result and
//   the use, counted on the ordered timeline — not the events' own `turn` numbers, which emitters
//   count in different ways (per model call, per agent step). Several user turns between the call
//   and the use are counted whatever happens in between (other agents, other tools, handoffs).
// - The age in seconds runs from `resultAt` when given, else the call's timestamp.
// - Refreshed = what changed since: a newer call of the same tool with the same arguments (a call
//   for another order does not refresh this one), or any newer tool result, itself fresh, that
//   states the same value again.
// - Identity values (order ids, emails…) never go stale and are not checked; statuses, amounts,
//   dates and ETAs are. Values under three characters and yes/no words are too common to match,
//   except a one- or two-digit number the message states as money: next to a currency sign or code
//   ("£38", "38 EUR", "9 dollars") it is a price read from the result, not a count ("serves 8").
// Known limits: a value paraphrased ("arriving Tuesday" for 2026-11-24) is not recognised.
import type { ToolCallRecord } from "../ingest/schemas";
import type { ScoringContext } from "./context";
import { leaves, mentions } from "./facts";
import { slotForKey, type Vocabulary } from "./slots";
import { AMOUNT_FORM_RE, amountOf } from "./values";
import { isAgentMessage, isToolCall, isUserMessage, type TimedEvent } from "./timeline";

export interface StaleUse {
  eventId: string;
  tool: string;
  ageTurns: number;
  ageSeconds: number;
}

const TRIVIAL = new Set(["true", "false", "null", "ok", "yes", "no", "none", "n/a"]);

const SHORT_NUMBER = /^\d{1,2}$/;

function checkableValues(result: unknown, vocab: Vocabulary): string[] {
  return leaves(result)
    .filter((l) => !slotForKey(l.key, vocab)?.identity && typeof l.value !== "boolean")
    .map((l) => String(l.value).trim())
    .filter((v) => (v.length >= 3 || SHORT_NUMBER.test(v)) && !TRIVIAL.has(v.toLowerCase()));
}

/** A one- or two-digit number only as money, read as values.ts reads amounts ("£38", "$9.00", "38 EUR"); any other value as facts.ts mentions it. */
function states(text: string, value: string): boolean {
  if (!SHORT_NUMBER.test(value)) return mentions(text, value);
  const n = Number(value);
  return [...text.matchAll(AMOUNT_FORM_RE)].some((m) => amountOf(m[0])?.n === n);
}

type Call = TimedEvent & { event: ToolCallRecord };
const sameArgs = (a: Call, b: Call) => a.event.tool === b.event.tool && JSON.stringify(a.event.args ?? {}) === JSON.stringify(b.event.args ?? {});
const resultTime = (c: Call) => (c.event.resultAt ? Date.parse(c.event.resultAt) : c.at);

/** Stale uses in agent messages between `from` and `to` (timeline positions) after a handoff at `handoffIndex`. */
export function staleUsesIn(ctx: ScoringContext, handoffIndex: number, from: number, to: number): StaleUse[] {
  const { freshnessTurns, freshnessSeconds } = ctx.settings;
  const calls = ctx.timeline.filter((t): t is Call => isToolCall(t.event));
  // user messages before each timeline position: the age in user turns of anything is a difference
  const usersBefore: number[] = [];
  let users = 0;
  for (const t of ctx.timeline) {
    usersBefore.push(users);
    if (isUserMessage(t.event)) users++;
  }
  const age = (c: Call, use: TimedEvent) => ({
    ageTurns: usersBefore[use.index] - usersBefore[c.index + 1 <= use.index ? c.index + 1 : use.index],
    ageSeconds: Math.max(0, Math.round((use.at - resultTime(c)) / 1000)),
  });
  const fresh = (a: { ageTurns: number; ageSeconds: number }) => a.ageTurns <= freshnessTurns && a.ageSeconds <= freshnessSeconds;
  const out: StaleUse[] = [];
  for (const t of ctx.timeline.slice(from, to)) {
    if (!isAgentMessage(t.event)) continue;
    const msg = t.event;
    for (const call of calls) {
      if (call.index >= handoffIndex) continue;
      const a = age(call, t);
      if (fresh(a)) continue;
      const newer = calls.filter((c) => c.index > call.index && c.index < t.index);
      if (newer.some((c) => sameArgs(c, call))) continue;
      const used = checkableValues(call.event.result, ctx.vocab).filter((v) => states(msg.content, v));
      // a value restated by a newer result that is itself fresh was refreshed, whichever tool gave it
      const stale = used.filter((v) => !newer.some((c) => fresh(age(c, t)) && checkableValues(c.event.result, ctx.vocab).some((w) => w === v)));
      if (stale.length) {
        out.push({ eventId: msg.id, tool: call.event.tool, ...a });
        break;
      }
    }
  }
  return out;
}
