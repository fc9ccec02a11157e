// The offline judge's name as verdicts store it (scores.intentJudge), apart from the judge itself so the
// web app can tell an offline verdict from an LLM's without bundling the judge and its lexicon.
export const OFFLINE_JUDGE = "offline";
