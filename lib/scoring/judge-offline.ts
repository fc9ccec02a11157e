// The embedded intent judge: deterministic, offline. It extracts an action and an object from each
// text with synonym lists ("cancel my membership" → cancel/subscription; "move me to the premium
// tier" → upgrade/plan) and scores their agreement: action 0.6, object 0.4, related objects half.
// When neither text yields an action it falls back to content-word overlap.

const ACTIONS: Record<string, RegExp> = {
  refund: /\b(refund\w*|money back|reimburs\w*|get (?:my|the) money|chargeback)\b/i,
  cancel: /\b(cancel\w*|terminat\w*|stop (?:my|the)|end (?:my|the)|close (?:my|the)|unsubscribe|quit)\b/i,
  upgrade: /\b(upgrad\w*|move (?:me )?(?:up|to (?:the )?(?:premium|pro|business|higher))|premium|go pro)\b/i,
  downgrade: /\b(downgrad\w*|cheaper (?:plan|tier)|lower (?:plan|tier)|basic plan)\b/i,
  return: /\b(return\w*|send (?:it )?back|exchang\w*|swap)\b/i,
  replace: /\b(replac\w*|new one|send (?:me )?another)\b/i,
  track: /\b(track\w*|where(?:'s| is) my|hasn'?t (?:arrived|come)|not (?:arrived|received)|status of|late|delayed|eta|when will)\b/i,
  change: /\b(chang\w*|updat\w*|modif\w*|edit\w*|correct\w*|switch\w*)\b/i,
  reset: /\b(reset\w*|forgot\w*|can'?t (?:log ?in|sign in|access)|locked out|unlock\w*)\b/i,
  dispute: /\b(dispute\w*|double[- ]charg\w*|charged twice|overcharg\w*|wrong(?:ly)? charg\w*|unauthori[sz]ed charge)\b/i,
  book: /\b(book\w*|reserv\w*|schedul\w*)\b/i,
  reschedule: /\b(reschedul\w*|postpon\w*|move (?:my|the) (?:booking|appointment|flight))\b/i,
  complain: /\b(complain\w*|unhappy|terrible|furious)\b/i,
};

const OBJECTS: Record<string, RegExp> = {
  order: /\b(orders?|package|parcel|deliver\w*|shipment|item|purchase|blender|product)\b/i,
  subscription: /\b(subscription|membership|recurring)\b/i,
  plan: /\b(plan|tier|package plan|pricing)\b/i,
  account: /\b(account|profile|login|username)\b/i,
  password: /\b(password|passcode|pin)\b/i,
  address: /\b(address|shipping details)\b/i,
  payment: /\b(card|payment method|billing details|credit card|paypal)\b/i,
  charge: /\b(charge[sd]?|invoice|bill|billing|statement|fee)\b/i,
  booking: /\b(booking|reservation|flight|hotel|appointment|ticket)\b/i,
};

/** Objects that people use interchangeably: a match scores half. */
const RELATED: Array<[string, string]> = [
  ["subscription", "plan"],
  ["charge", "payment"],
  ["account", "password"],
  ["order", "charge"],
];

// "cancel" inside "cancellation fee refund" should not beat "refund": prefer the action whose
// keyword appears first in the text, which is usually the main verb of the request.
function firstMatch(text: string, table: Record<string, RegExp>): string | null {
  let best: { key: string; at: number } | null = null;
  for (const [key, re] of Object.entries(table)) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { key, at: m.index };
  }
  return best?.key ?? null;
}

export function extractIntent(text: string): { action: string | null; object: string | null } {
  return { action: firstMatch(text, ACTIONS), object: firstMatch(text, OBJECTS) };
}

const STOP = new Set("a an the i my me we you your to for of on in and or is it this that with can could please want would like need help hi hello".split(" "));
const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]{3,}/g)?.filter((w) => !STOP.has(w)) ?? []);

export function offlineSimilarity(original: string, interpretation: string): number {
  const a = extractIntent(original);
  const b = extractIntent(interpretation);
  if (!a.action && !b.action) {
    const wa = words(original);
    const wb = words(interpretation);
    if (!wa.size || !wb.size) return 0;
    const inter = [...wa].filter((w) => wb.has(w)).length;
    return inter / Math.min(wa.size, wb.size);
  }
  const action = a.action && a.action === b.action ? 1 : 0;
  let object = 0;
  if (a.object && b.object) {
    if (a.object === b.object) object = 1;
    else if (RELATED.some(([x, y]) => (x === a.object && y === b.object) || (y === a.object && x === b.object))) object = 0.5;
  } else if (!a.object && !b.object) object = action;
  return Math.round((0.6 * action + 0.4 * object) * 100) / 100;
}
