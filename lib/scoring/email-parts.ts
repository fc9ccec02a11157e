// The parts of a message written as an email that are not its body (issue 12: scores on traffic nobody
// tuned for; from blind-ab2, whose customers and agents write formal emails). An email ends with a
// closing — a valediction on its own line ("Kind regards,", "Best wishes,", "Many thanks,") and the
// writer's name, role, department, phone and address below it ("Ryan, Bookings", "Harriet, Build
// Manager") — and a reply may carry the message it answers, quoted ("> Shall I rebook HQR-40218…",
// "On Tuesday, Tom Price wrote:"). Neither asks or answers anything: a department named in a
// signature ("Bookings", "Orders") is no question for a booking or an order, and a reference in the
// quoted question is no value the user gave again. Valedictions are a closed class of English email
// closings, not any trade's words.

/** A valediction standing alone on its line. */
const VALEDICTION = /^(?:(?:kind|best|warm|warmest|many|with|all\s+the)\s+(?:regards|wishes|thanks|best)|regards|best|cheers|thanks(?:\s+(?:again|so\s+much))?|thank\s+you(?:\s+(?:again|so\s+much))?|sincerely|yours(?:\s+(?:sincerely|faithfully|truly))?|respectfully|take\s+care|speak\s+soon)\s*[,.!]?\s*$/i;
/** At most this many non-empty lines after the valediction are a signature (name, role, company, phone, email, web). */
const SIGNATURE_LINES = 6;

/** The message without its closing: the last valediction line with a short signature after it, and all below. */
export function withoutSignOff(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  let after = 0;
  for (let i = lines.length - 1; i > 0; i--) {
    const line = lines[i].trim();
    if (!line) continue;
    if (VALEDICTION.test(line)) return lines.slice(0, i).join("\n").trimEnd();
    if (++after > SIGNATURE_LINES || line.length > 80) return text;
  }
  return text;
}

/** A reply without the message it quotes: lines opened by ">", and everything from an "On … wrote:" or "Original Message" line on. */
const QUOTE_HEADER = /^\s*(?:on\s.{1,160}\swrote:|-{2,}\s*original message\s*-{2,})\s*$/im;
export function withoutQuoted(text: string): string {
  if (!text.includes("\n")) return text;
  const header = QUOTE_HEADER.exec(text);
  const body = header ? text.slice(0, header.index) : text;
  return body.includes(">") ? body.split("\n").filter((l) => !/^\s*>/.test(l)).join("\n") : body;
}

/**
 * What the writer wrote themselves: no quoted message, and nothing from a forwarded message's header on
 * ("---------- Forwarded message ---------", "Begin forwarded message:"), whose text is someone else's.
 * (The intent judge still reads a forwarded message as part of the ask it comes with: ending the ask
 * there lost one development drift, found through the forwarded words, and mended nothing.)
 */
const FORWARD_HEADER = /^\s*(?:-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:)\s*$/im;
export function writersOwn(text: string): string {
  const own = withoutQuoted(text);
  const forward = FORWARD_HEADER.exec(own);
  return forward ? own.slice(0, forward.index) : own;
}

/** What a writer says in an email's body: no quoted message, no closing. */
export const emailBody = (text: string) => withoutSignOff(withoutQuoted(text));

// A quoted message's header says when it was sent: "On Mon, Mar 3, 2025 at 9:01 AM, Choux & Co
// wrote:", "Op 5 nov 2025 om 20:33 schreef …:", "Am 03.02.2025 um 20:45 schrieb …:", and in a
// forwarded or Outlook-quoted block the "Date:"/"Sent:" field under its "From:". That date is the
// thread's metadata, not a fact of the case: a handoff need not carry when an email was written
// (blind-bj3, bj6: development). Mail clients write these headers from a closed set of templates,
// one per language, so the verbs below are those templates' words, not any trade's.
/** An attribution line: a short opener, a date, a sender, a verb of writing, a colon (any ">" depth). */
const ATTRIBUTION = /^[ \t>]*(?:on|op|am|den|le|el|il|em|w\s+dniu)\s[^\n]{1,200}?\b(?:wrote|schreef|schrieb|skrev|écrit|escribió|scritto|escreveu|napisał\(a\)|napisał)\b[^\n]{0,120}:[ \t]*$/gim;
/** A header field line of a quoted or forwarded block. */
const FIELD = /^[ \t>]*([A-Za-zÀ-ÿ]+)[ \t]*:/;
const FROM_FIELDS = new Set(["from", "von", "van", "från", "de", "fra", "da"]);
const WHEN_FIELDS = new Set(["date", "sent", "datum", "gesendet", "verzonden", "skickat", "envoyé", "enviado", "fecha", "sendt", "inviato", "data"]);

/** [start, end) of the lines of a text that only say when a quoted message was sent. */
export function sentLineRanges(text: string): Array<[number, number]> {
  if (!text.includes("\n")) return [];
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(ATTRIBUTION)) out.push([m.index!, m.index! + m[0].length]);
  if (!text.includes(":")) return out;
  // a "Date:"/"Sent:" line within three lines under a "From:" line (one block of header fields)
  const lines = text.split("\n");
  let at = 0;
  let fromLine = -10;
  lines.forEach((line, i) => {
    const field = FIELD.exec(line)?.[1].toLowerCase();
    if (field && FROM_FIELDS.has(field)) fromLine = i;
    else if (field && WHEN_FIELDS.has(field) && i - fromLine <= 3) out.push([at, at + line.length]);
    at += line.length + 1;
  });
  return out;
}
