// The intent judge reads an email's body (issue 12: blind-ab2, customers and agents who write formal
// emails). The message a reply quotes ("> Your block renews automatically…", "On Tuesday, Tom wrote:")
// is someone else's words, not the writer's ask nor the agent's interpretation, and a signature block
// ("Kind regards, / Sophie, Accounts / 0113 496 0948") asks and answers nothing. email-parts.ts finds
// both by their layout (lines, a valediction, ">"), so a message on one line — chat — is read as it was.
import type { ScoringContext } from "./context";
import { DRIFT_RULE_ON as RULE } from "./drift-tuning";
import { emailBody } from "./email-parts";

/** The context with every message read as its email body; the same context when no message is an email. */
export function readAsEmails(ctx: ScoringContext): ScoringContext {
  let changed = false;
  const timeline = ctx.timeline.map((t) => {
    const e = t.event;
    if (e.type !== "message" || !e.content.includes("\n")) return t;
    const body = emailBody(e.content);
    if (body === e.content) return t;
    changed = true;
    return { ...t, event: { ...e, content: body } };
  });
  return changed ? { ...ctx, timeline } : ctx;
}

/**
 * What heads an email before its first request: a subject line and a salutation on their own lines
 * ("Subject: RE: …", "Dear Accounts,", "Hi team,"), and an opening courtesy sentence ("Thank you for
 * offering to support our gala.", "I hope you are well."). A subject restates the body in a title's
 * words and a courtesy thanks or greets; neither is a part of the ask that could be lost.
 */
const HEADING = /^\s*(?:(?:subject|re|ref|reference)\s*:[^\n]*\n|(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\b[^\n.!?]{0,60}[,!]?\s*\n|(?:thank you|thanks|many thanks) (?:so much |very much )?for\b[^.!?\n]*[.!]|i hope (?:this|you|all)\b[^.!?\n]*[.!])/i;
/**
 * "Dear team, I am the activities coordinator at …": a letter's salutation on the same line as the text
 * it greets — "Dear" and up to four words, then a comma — heads it as one on a line of its own does
 * (rule `sameLineSalutation`; the parser reads "team" as an imperative). Only "Dear": "Hi pls cancel
 * the bike hire on NB-29914, …" is a request after a greeting, not a salutation.
 */
const SAME_LINE_SALUTATION = /^\s*dear(?:\s+[\p{L}'.-]+){1,4}\s*,\s*(?=\S)/iu;
/** The email's text from its first line that is not a heading (the text itself when nothing heads it or nothing follows). */
export function withoutHeading(text: string): string {
  let out = RULE.sameLineSalutation ? text.replace(SAME_LINE_SALUTATION, "") : text;
  for (let m = HEADING.exec(out); m && out.slice(m[0].length).trim(); m = HEADING.exec(out)) out = out.slice(m[0].length);
  return out === text ? text : out.trimStart();
}
