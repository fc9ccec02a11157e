// Texts made new for scorer-cost measurements (scripts/intent-speed.mts, scripts/scoring-ab.mts):
// scoring the same corpus again measures memo hits, not the scorers. Rotating the words of each text
// by an amount that changes every round gives new texts of words wink already knows, as real unseen
// text mostly is.

/** The words of `s` rotated by an amount that changes with `round`. */
export function rotateWords(s: string, round: number): string {
  const w = s.split(" ");
  const k = (round % Math.max(1, w.length - 1)) + 1;
  return [...w.slice(k), ...w.slice(0, k)].join(" ");
}

/** Each conversation's events with every message and intent text passed through `renew`. */
export function renewTexts(convs: any[][], renew: (s: string) => string): any[][] {
  return convs.map((evs) => evs.map((e) => (e.type === "message" ? { ...e, content: renew(e.content) } : e.type === "intent" ? { ...e, intent: renew(e.intent) } : e)));
}
