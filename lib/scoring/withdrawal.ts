// A user taking back something they said earlier ("forget the repaint", "never mind my membership
// number", "scrap the shield", "no need for the smoker"): read by the drift judge (a part of the ask
// the user withdrew is no lost part, intent.ts) and by dropout (a value the user withdrew is no longer
// owed, dropout.ts). One list of withdrawing words (a closed class of English, not a domain list) and
// one guard: after a negation it insists instead ("don't forget the shield", "do not forget about my
// order number"). "cancel" and "drop" are left out: "cancel the membership" repeats an ask, "drop it
// off at the shop" delivers.
export const WITHDRAWS = String.raw`(?<!\b(?:don['’]?t|do not|never|not)\s+)\b(?:forget(?:\s+about)?|never\s*mind|ignore|disregard|scrap|skip|no need for|don['’]?t bother(?:\s+with)?|leave out)`;

/** A cheap test for a message that may withdraw something (most messages have none of these words). */
export const MAY_WITHDRAW = /\b(?:forget|mind|ignore|disregard|scrap|skip|need|bother|leave)\b/i;
