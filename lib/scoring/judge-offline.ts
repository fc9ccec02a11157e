// The embedded intent judge: deterministic, offline. It extracts actions and objects from each
// text with synonym lists ("cancel my membership" → cancel/subscription; "move me to the premium
// tier" → upgrade/plan) and scores their agreement: action 0.6 (the interpretation's main action
// must be among the request's actions, or the reverse), object 0.4 (related objects count half).
// When only one side names an action there is no contradiction to see, so the objects decide;
// with no object either, content-word overlap does.

const POSS = "(?:my|the|their|your|his|her|our)";
const ACTIONS: Record<string, RegExp> = {
  refund: /\b(refund\w*|money back|reimburs\w*|get (?:my|the) money|chargeback)\b/i,
  cancel: new RegExp(`\\b(cancel\\w*|terminat\\w*|(?:stop|end|clos(?:e|ing)|shut(?:ting)? down) ${POSS}|unsubscribe|quit)\\b`, "i"),
  upgrade: /\b(upgrad\w*|move (?:me )?(?:up|to (?:the )?(?:premium|pro|business|higher))|premium|go pro)\b/i,
  downgrade: /\b(downgrad\w*|cheaper (?:plan|tier)|lower (?:plan|tier)|basic plan)\b/i,
  return: /\b(return\w*|send (?:it )?back|exchang\w*|swap)\b/i,
  replace: /\b(replac\w*|new one|send (?:me )?another)\b/i,
  track: /\b(track\w*|where(?:'s| is)(?: my| the)?(?: order| package| parcel)?|know where|hasn'?t (?:arrived|come)|not (?:arrived|received)|status of|late|delayed|eta|when will|out for delivery|in transit|on (?:its|the) way)\b/i,
  change: /\b(chang\w*|updat\w*|modif\w*|edit\w*|correct\w*|switch\w*)\b/i,
  reset: /\b(reset\w*|forgot\w*|can'?t (?:log ?in|sign in|access|get in(?:to)?)|get back in|locked out|unlock\w*)\b/i,
  dispute: /\b(dispute\w*|double[- ]charg\w*|charged twice|overcharg\w*|wrong(?:ly)? charg\w*|unauthori[sz]ed charge)\b/i,
  // "booking" is usually the object, not the verb: only "book a/me/it…" is the action.
  book: /\b(book (?:a|an|me|it|the|us)|make a (?:booking|reservation)|reserve)\b/i,
  reschedule: /\b(reschedul\w*|postpon\w*|move (?:my|the) (?:\w+ )?(?:booking|appointment|flight|reservation|stay))\b/i,
  balance: /\b(balance|how much do i owe|amount due)\b/i,
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

/** Every key whose pattern occurs in the text, in order of first occurrence (main verb first). */
function matches(text: string, table: Record<string, RegExp>): string[] {
  return Object.entries(table)
    .map(([key, re]) => ({ key, at: re.exec(text)?.index ?? -1 }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((m) => m.key);
}

export function extractIntent(text: string): { action: string | null; object: string | null; actions: string[] } {
  const actions = matches(text, ACTIONS);
  return { action: actions[0] ?? null, object: matches(text, OBJECTS)[0] ?? null, actions };
}

const STOP = new Set("a an the i my me we you your to for of on in and or is it this that with can could please want would like need help hi hello".split(" "));
const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]{3,}/g)?.filter((w) => !STOP.has(w)) ?? []);

function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.size || !wb.size) return 0;
  return [...wa].filter((w) => wb.has(w)).length / Math.min(wa.size, wb.size);
}

function objectAgreement(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  if (a === b) return 1;
  return RELATED.some(([x, y]) => (x === a && y === b) || (y === a && x === b)) ? 0.5 : 0;
}

export function offlineSimilarity(original: string, interpretation: string): number {
  const a = extractIntent(original);
  const b = extractIntent(interpretation);
  const object = objectAgreement(a.object, b.object);
  let score: number;
  if (a.action && b.action) {
    const action = a.actions.includes(b.action) || b.actions.includes(a.action) ? 1 : 0;
    score = 0.6 * action + 0.4 * (object ?? action);
  } else if (object !== null) {
    score = 0.6 + 0.4 * object - (object === 0 ? 0.4 : 0);
  } else {
    score = overlap(original, interpretation);
  }
  return Math.round(Math.min(1, score) * 100) / 100;
}
