// The typed tokens PII redaction writes (`<email:3f9a0c1d2e4b>` in hash mode, `<email>` in mask
// mode), shared by the redactor (lib/privacy/redact.ts) and the scorers, which read a token as
// the value of its kind: the same address gives the same token, so "was it carried / re-asked"
// still compares equal values (lib/scoring/facts.ts). No imports: both sides depend on it.
export const PII_KINDS = ["email", "phone", "card", "iban", "key"] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export const TOKEN_HEX = 12;
/** A token, either mode. */
export const TOKEN_RE = new RegExp(`<(${PII_KINDS.join("|")})(?::[0-9a-f]{${TOKEN_HEX}})?>`, "g");
const WHOLE = new RegExp(`^${TOKEN_RE.source}$`);

/** The fact field a token stands for (a card is known by its last four elsewhere); null for `key`. */
const FIELD: Record<PiiKind, string | null> = { email: "email", phone: "phone", card: "card_last4", iban: "iban", key: null };

export function isToken(s: string): boolean {
  return WHOLE.test(s);
}

/** Fact field of a string that is exactly one token, else null. */
export function tokenField(s: string): string | null {
  const m = WHOLE.exec(s);
  return m ? FIELD[m[1] as PiiKind] : null;
}

/** Every token in a text with the fact field it stands for (`key` tokens have none). */
export function tokenSpans(text: string): Array<{ start: number; end: number; field: string | null; value: string }> {
  if (!text.includes("<")) return [];
  return [...text.matchAll(TOKEN_RE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, field: FIELD[m[1] as PiiKind], value: m[0] }));
}

/** The text with each token blanked to spaces (same length), so value readers never read inside one. */
export function blankTokens(text: string): string {
  return text.includes("<") ? text.replace(TOKEN_RE, (t) => " ".repeat(t.length)) : text;
}

/** The text with each token as one plain word (its hash, or its kind in mask mode): equal values stay equal words. */
export function tokensAsWords(text: string): string {
  return text.includes("<") ? text.replace(TOKEN_RE, (t) => t.slice(1, -1).split(":").pop()!) : text;
}
