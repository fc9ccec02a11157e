// Holds the scorers' accuracy on every labelled corpus (`npm run eval` prints the full tables).
// Issue 12's targets (eval.ts TARGETS) are met on every corpus except for the figures in FLOORS,
// which are the figures the scorers reach today where a target is not yet met: `npm run eval`
// still reports them BELOW TARGET and exits non-zero, while this test
// keeps a change from making any of them worse. Raise a floor when a figure improves; never lower
// one to let a change through, and delete it once the target is met.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { CORPORA } from "../../tests/fixtures/corpora";
import { belowTargets, evaluateCorpus, type TargetOverrides } from "./eval";

const FLOORS: Record<string, TargetOverrides> = {
  // Lowered on purpose, once (lead, 2026-11-29): the offline judge's "another thing done" reading
  // of the user's own words no longer flags drift, it abstains naming what it saw (judge-offline.ts
  // header, rule 2). On the four held-out corpora it cut false alarms 19 → 10 and lost no drift
  // found; on the development corpora it had written from, it costs the drifts it happened to find.
  original: {
    flags: {
      drift: { recall: 0.333, coverage: 0.938 }, // 3 drifts: 2 were that reading (recall 1 → 0.333)
      // (facts15: tool-result amounts and dates are known facts, SPEC §3.1 "amounts, dates"; two
      // conversations written with the first scorers, stale-balance and stale-status, were labelled
      // no dropout though their handoff leaves out a tool's amount/date the receiver then states
      // without looking it up again — the shape blind-i1's author labels dropout. The lead relabelled
      // both by the SPEC (dropout, with the dropped values): precision 1.0 again, no floor.)
    },
  },
  // blind-b drift recall 1.0 → 0.846; topic17 wentAlong: 0.846 → 0.923; signal34 bottomRating (rated 1): 1.0, floor removed
  "blind-a (dev)": { flags: { drift: { recall: 0.867 } } },
  // development corpus since the drift12 session (docs/evaluation.md): drift is below target
  "blind-d (dev)": { flags: { drift: { recall: 0.933 } } }, // drift16 misunderstood ("What? I just want to pause my payments"): 0.867 → 0.933
  // (blind-e (dev), the dev half of a corpus split by domain, meets every target since the drift12e
  // session: no floor; the other half is held out by the lead)
  // held out, measured on the merged scorers of each session (docs/evaluation.md): no rule was
  // written from it, so these floors are what the scorers reach on text nobody tuned for (raised
  // 2026-11-29 after the drift12 round: re-ask recall 0.769 → 0.846, drift recall 0.667 → 0.75;
  // after the drift12b/drift12e round: re-ask recall 0.846 → 0.923, drift coverage 0.933 → 0.944)
  "blind-c (held out)": {
    flags: {
      // (facts19 unnamedIds, a barcode the user typed unnamed: dropout 0.889/0.889 → 0.9/1.0, naming 0.941 → 1.0;
      // ninth session, a dialogue address is no dropout field: precision 0.9 → 1.0, target met, floor removed)
      // (re-ask recall 0.923 → 1.0 after the facts12g round: target met, floor removed)
      // (drift: seventh session merge — topic17, drift17 — recall 0.833 → 0.917, false alarms on clean 0.068 → 0.023,
      // coverage 0.944 → 0.922 (askedAgain abstains where an earlier statement of the ask departs and the user never
      // asked again): every drift target met, floor removed)
    },
  },
  // development corpus from 2026-11-29 (hand-written by a sixth blind author); these are its
  // figures on da2c425, measured before anyone saw it (docs/evaluation.md); dropout and re-ask meet
  // their targets since the facts12f session
  "blind-f (dev)": {
    flags: {
      // drift12f: false alarms 4 → 1 of 27 clean; drift12g: 1 → 0, recall 0.462 → 0.615; lead: 0.538 (see above);
      // drift13r (scope by count/partitive/"full"): 0.538 → 0.615; extension by units of time: → 0.692;
      // countDirection ("weekly … to every other week" answered "increase … to two visits a week"): → 0.769
      // joinedPartReached: 0.769 → 0.846; negatedThing (thirty-sixth session): → 0.769 — the watermark asked off and
      // applied was found as a lost part, "clean copies without it for my website", whose "website" the summary named;
      // traced by its negated words the part reached an agent, and the antonym itself is not read (docs/evaluation.md)
      drift: { recall: 0.769 },
    },
  },
  // development corpus from 2026-11-29 (hand-written by an eighth blind author): its figures on
  // 9361315, measured before anyone saw it (docs/evaluation.md); drift raised after the drift12g
  // round (recall 0.307 → 0.538, false alarms 0.143 → 0.036, coverage held at 0.933); re-ask meets its
  // target since the facts12g session (recall 0.889 → 1), and dropout, naming and stale always did
  "blind-g (dev)": {
    flags: {
      // false alarms 0.036 → 0 (lead: the other-thing reading abstains); coverage 0.933 → 1 (drift13p:
      // an intent event judged with the final agent's replies), target met; drift13r scope: recall 0.538 → 0.615;
      // topic17 stillOpen ("ok but the appointment?"): 0.615 → 0.692
      drift: { recall: 0.769 }, // joinedPartReached: 0.692 → 0.769
    },
  },
  // held out (a seventh blind author, hand-written, 2026-11-29; tests/fixtures/blind/f-authoring/SPLIT.md):
  // first measured on da2c425 (dropout 0.778/0.778, re-ask recall 0.556, drift recall 0.385 with
  // 16.7 % false alarms, naming 0.727); these are the figures after the drift12f/facts12f round
  "blind-f (held out)": {
    flags: {
      // (dropout: facts15 (tool-result amounts) 0.889/0.889 → 0.9/1.0; ninth session, a dialogue address is no dropout
      // field → 1.0/1.0: target met, floor removed)
      // (re-ask recall: facts13 (handed values known) 0.667 → 0.778; facts19 "tell me the address again" → 0.889, a
      // date given again without its year → 1.0: target met, floor removed)
      stale: { precision: 0.8, fpRateClean: 0.033 },
      drift: { recall: 0.461, fpRateClean: 0.067 }, // false alarms 0.133 → 0.067 (lead, other-thing); eighth session recall 0.385 → 0.462
    },
    naming: 0.909, // facts15: 0.818 → 0.909
  },
  // held out (a ninth blind author, hand-written, 2026-11-29; tests/fixtures/blind/g-authoring/SPLIT.md):
  // first measured on 9361315 (dropout recall 0.875, re-ask recall 0.889, drift 0.231 with 27.6 %
  // false alarms, naming 0.917); these are the figures after the drift12g/facts12g round and the
  // lead's other-thing change (it is one of the corpora that change was decided on)
  "blind-g (held out)": {
    flags: {
      // (dropout 0.875 → 1.0 and naming 0.916 → 1.0 with facts15's tool-result amounts: targets met, floors removed)
      // drift14r pause vs end: 0.23 → 0.307; seventh session (loneWordPart: a part traced by one word is taken up by a
      // word near it) traded one drift for one clean false alarm: recall 0.307 → 0.231, false alarms 0.138 → 0.069
      drift: { recall: 0.461, fpRateClean: 0.069 }, // joinedPartReached: 0.23 → 0.461
    },
  },
  // held out, two more authors commissioned mid-session so the session's changes could be measured
  // on text nobody had looked at (tests/fixtures/blind/h-authoring/SPLIT.md). On 9361315 → merged main:
  // h1 drift 38.5/25.0 → 30.8/17.9 (recall/false alarms, %), h2 drift 15.4/27.6 → 15.4/13.8; every
  // other figure unchanged
  // blind-h1 became a development corpus on 2026-11-29 (third session): these floors are its figures
  // from when it was held out. The drift12h session raised drift (recall 0.307 → 0.538, false alarms
  // on clean 0.179 → 0, which meets the target: no floor); in the facts12h session dropout recall
  // 0.777, stale recall 0.75 and naming 0.818 reached their targets: floors removed
  "blind-h1 (dev)": {
    flags: {
      drift: { recall: 0.923 }, // drift13r extension by units of time: 0.538 → 0.615; topic17 abandoned: 0.615 → 0.692; drift27c thenStep ("…, then wipe it"): 0.692 → 0.769, bothPart ("both tanks"): 0.846; thirty-first session hesitantAcceptance ("ok whatever works"): 0.923
    },
  },
  "blind-h2 (held out)": {
    flags: {
      // (dropout precision 0.9 → 1.0 in the facts18 session: target met, floor removed)
      // seventh session (stillOpen, wentAlong, abandoned): recall 0.153 → 0.307; eighth (recall18 confirmKeeps: +2 drifts
      // found on the gate, +1 clean false alarm, this one — an abstention on h2 became a false alarm): 0.138 → 0.172
      drift: { recall: 0.538, fpRateClean: 0.173 }, // joinedPartReached: 0.307 → 0.538
    },
  },
  // development corpora since the fourth session of 2026-11-29 (held out until then): two more authors
  // commissioned at the start of the third session of 2026-11-29 and kept
  // outside the repository until its branches were merged (tests/fixtures/blind/i-authoring/SPLIT.md).
  // On eee98a8 → merged main: i1 unchanged on every figure; i2 drift recall 0.385 → 0.308 (one partial
  // loss no longer found), every other figure unchanged. The drift12h and facts12h rules, which took
  // blind-h1 (dev) to its targets, moved nothing else on either.
  // (facts13: i1 re-ask recall 0.8 → 0.9, a value the handoff handed over and the receiver asked
  // for again: target met, floor removed)
  "blind-i1 (dev)": {
    flags: {
      // (dropout: facts13 0.666 → 0.777, facts14 → 0.888, facts15 → 1.0, a tool's £145.00 estimate left out: target met, floor removed)
      drift: { recall: 0.769 }, // false alarms 0.143 → 0 (drift13p): target met; drift13r inverted-modal part: recall 0.307 → 0.384; drift14r pause vs end: 0.384 → 0.538; topic17 wentAlong: 0.538 → 0.615, abandoned: 0.692; drift27c bothPart ("both of our tickets"): 0.769
    },
    // (naming: facts13 0.7 → 0.8, facts14 → 0.9, facts15 → 1.0: target met, floor removed)
  },
  // (facts13: i2 dropout recall 0.8 → 1.0 and naming 0.8 → 1.0, codes named by the key an agent
  // carried them under: targets met, floors removed)
  "blind-i2 (dev)": {
    flags: {
      drift: { recall: 0.769, fpRateClean: 0.072 }, // false alarms 0.108 → 0.071 (drift13p); drift13r scope, inverted-modal part: recall 0.307 → 0.384 → 0.461; drift14r pause vs end: 0.538; topic17 abandoned: 0.692; drift20 polarity ("go down to Basic" vs "Move … up to Premium Plus"): 0.769; drift22 objectingLater ("sing what?" is no later ask): 0.846; thirty-fourth session statedTaste: 0.769 (the hot-tub lights, found only by naming "the kids will love it" as the lost part; the lights themselves reached an agent in a state event)
    },
  },
  // held out: two more authors commissioned at the start of the fourth session of 2026-11-29, kept
  // outside the repository until its branches were merged (tests/fixtures/blind/j-authoring/SPLIT.md).
  // f023c0f → merged main: j1 unchanged on every figure; j2 drift recall 0.7 → 0.6 (one topic drift
  // now abstains: drift13p's intent-event replies), every other figure unchanged.
  "blind-j1 (held out)": {
    flags: {
      drift: { recall: 0.5, fpRateClean: 0.034 }, // seventh session (stillOpen, abandoned …): 0.333 → 0.5; eighth: false alarms 0.067 → 0.033
    },
    // (naming 0.875 → 1.0, facts19 unnamedIds: a PO the user typed unnamed: target met, floor removed)
  },
  "blind-j2 (held out)": {
    flags: {
      drift: { recall: 0.8, fpRateClean: 0.072 }, // seventh session: recall 0.6 → 0.8, false alarms 0.108 → 0.071
    },
  },
  // held out: two more authors commissioned at the start of the fifth session of 2026-11-29, kept
  // outside the repository until its branches were merged (tests/fixtures/blind/k-authoring/SPLIT.md).
  // d15333b → merged main: k1 dropout recall 0.875 → 1.0 and naming 0.889 → 1.0 (facts15's tool-result
  // amount), drift unchanged on both; k2 unchanged on every figure.
  "blind-k1 (held out)": {
    flags: {
      // seventh session: loneWordPart traded one drift for the one clean false alarm (recall 0.466 → 0.4, false
      // alarms 0.065 → 0: target met)
      drift: { recall: 0.4 },
    },
  },
  "blind-k2 (held out)": {
    flags: {
      drift: { recall: 0.583, fpRateClean: 0.033 }, // seventh session: recall 0.333 → 0.583, false alarms 0.065 → 0.032
    },
    naming: 0.888,
  },
  // development corpora from the sixth session (2026-11-30): two more blind authors, 12 new domains,
  // first measured by the lead on 94ee096 before anyone read them (blind/m-authoring/SPLIT.md)
  // (re-ask recall 0.833 → 1.0 on both, facts16: target met, floors removed)
  "blind-m1 (dev)": {
    flags: {
      // (drift recall 0.357 → 0.571 (drift16 misunderstood), 0.571 → 0.714 (topic17 wentAlong), 0.714 → 0.785 (drift25b aside), → 0.857 with drift25a addedPart,
      // → 0.928 with drift27b lowRating (a reschedule left for a gutter-guard quote, the user gone): target met, floor removed)
    },
  },
  "blind-m2 (dev)": {
    flags: {
      drift: { recall: 0.928 }, // 0.571 → 0.714 (drift16 misunderstood, antonym16 phrasal verbs), 0.714 → 0.928 (topic17 wentAlong)
    },
  },
  // held out: two more authors commissioned at the start of the sixth session (2026-11-30), kept outside the
  // repository until its branches were merged (tests/fixtures/blind/m-authoring/SPLIT.md). 94ee096 → merged
  // main: l1 drift recall 0.333 → 0.4 (one antonym found), every other figure unchanged; l2 unchanged.
  "blind-l1 (held out)": {
    flags: {
      // (dropout precision 0.875 → 1.0, seventh session's facts17: a quantity with its unit, "12-bottle", is no
      // member number: target met, floor removed)
      drift: { recall: 0.466, fpRateClean: 0.067 }, // seventh session (abandoned …): 0.4 → 0.467
    },
  },
  "blind-l2 (held out)": {
    flags: {
      drift: { recall: 0.666 }, // eighth session: 0.6 → 0.667
    },
    // (naming 0.909 → 1.0, facts19 unnamedIds: a ticket reference typed unnamed: target met, floor removed)
  },
  // seventh session (2026-11-30), tests/fixtures/blind/n-authoring/SPLIT.md. Development from the outset: first
  // measured on 1680e38 before anyone read them (o1 drift 66.7/33.3/3.3 P/R/FP %, naming 7/8; o2 dropout precision
  // 85.7 %, re-ask recall 83.3 %, stale precision 80 %, drift 50/37.5/3.3); these are the figures after the merge
  "blind-o1 (dev)": {
    flags: {
      drift: { fpRateClean: 0.034 }, // 0.667 → 0.833 (recall18 confirmKeeps: cancel vs secured); → 1.0, target met, floor removed (drift26b joinedPart: "And once it's done, do I need any paperwork")
    },
  },
  "blind-o2 (dev)": {
    flags: {
      // (stale precision 0.8 → 1.0 in the facts18 session, a value a newer fresh call was made with is
      // refreshed: target met, floor removed)
      drift: { recall: 0.75, fpRateClean: 0.035 }, // 0.5 → 0.625 (drift20 polarity: "take the rush off" vs "put on rush"); joinedPartReached: 0.625 → 0.75
    },
  },
  // held out: kept in the lead's folder until the seventh session's branches were merged; 1680e38 → merged main:
  // n1 unchanged on every figure; n2 drift 33.3/28.6 → 60/42.9 (P/R %, one more found, two fewer false alarms on
  // labelled conversations), every other figure unchanged
  "blind-n1 (held out)": {
    flags: {
      // (dropout recall 0.8 → 1.0 and naming 0.8 → 1.0, facts19 unnamedIds, "got voucher GV7734KQ": floors removed)
      // (re-ask recall 0.833 → 1.0, facts19: "hire ref CH 55 210" read as one code: floor removed)
      drift: { recall: 0.5, fpRateClean: 0.034 }, // eighth session: 0.333 → 0.5
    },
  },
  "blind-n2 (held out)": {
    flags: {
      dropout: { precision: 0.833 }, // facts19 ("PO 2025-0731" carried by "purchase order 2025-0731"): 0.714 → 0.833
      stale: { precision: 0.75, recall: 0.75 }, // eighth session (facts18): precision 0.6 → 0.75, no false alarm on clean
      drift: { recall: 0.428, fpRateClean: 0.067 },
    },
  },
  // eighth session (2026-11-30), tests/fixtures/blind/q-authoring/SPLIT.md. Development from the outset: first
  // measured on 1144c4f before anyone read them (q1 dropout recall 66.7 %, re-ask precision 85.7 %, stale precision
  // 50 %, drift 80/57.1/3.3 P/R/FP %, naming 5/7; q2 drift 75/75/0, every other figure 100); after the merge:
  "blind-q1 (dev)": {
    flags: {
      // (stale precision 0.8 → 1.0, facts19: "coral", the query's own colour echoed by the lookup, is no stale use: floor removed)
      // drift: recall 0.714 → 0.857 (drift25b addedTime: "add two nights" against "shorten the stay"); → 1.0 (drift27b lowRating: a freeze
      // turned into a training plan, rated 2): target met, floor removed; false alarms on clean 0.034 → 0 (fp33 topRating: "buy a
      // voucher" answered "sell her a voucher", rated 5): target met, ceiling removed
    },
  },
  "blind-q2 (dev)": {
    flags: {
      drift: { recall: 0.875 },
    },
  },
  // held out: the eighth session's untouched test pair (written at the end of the seventh), measured on 35738c1,
  // on 1144c4f and on the merged main — the same figures all three times
  "blind-p1 (held out)": {
    flags: {
      dropout: { precision: 0.857 }, // facts19 ("the county under-12 team" is no county number): 0.75 → 0.857
      drift: { recall: 0.833, fpRateClean: 0.034 },
    },
  },
  "blind-p2 (held out)": {
    flags: {
      // (stale precision 0.833 → 1.0, facts19: the result's echo of its own query, "month": "August", is no stale use: floor removed)
      drift: { recall: 0.666, fpRateClean: 0.034 },
    },
  },
  // held out: the ninth session's untouched test pair (written at the end of the eighth), measured on 1144c4f,
  // b6519a2 and the merged main; drift identical throughout. r1's one dropout false alarm (a dialogue address) was
  // seen by name by the lead in an eval line; the address rule that removed it rests on SPEC §3.1 and on c and f.
  "blind-r1 (held out)": {
    flags: {
      drift: { recall: 0.333, fpRateClean: 0.034 },
    },
  },
  "blind-r2 (held out)": {
    flags: {
      drift: { recall: 0.666, fpRateClean: 0.034 }, // joinedPartReached: 0.5 → 0.666
    },
  },
  // held out: the tenth session's untouched test pair (written at the start of the ninth), measured on b6519a2,
  // 36dcf18 and the tenth session's merged main, identical every time (summary rows only). Then the lead read s1's
  // one dropout miss (its drift lines stay unread): a state count carried only by another key's equal value
  // (dropout.ts SMALL_COUNT) — dropout recall 0.833 → 1.0 (floor removed), naming 0.75 → 0.875.
  // (forty-ninth session, chatSpelling: s1 drift recall 0.375 → 0.25, one of its eight drifts no longer found, while
  // bj2 and bp2 found one more each and ak2 lost its one false alarm on clean — summary rows only)
  "blind-s1 (held out)": {
    flags: {
      drift: { recall: 0.25 },
    },
    naming: 0.875,
  },
  "blind-s2 (held out)": {
    flags: {
      drift: { recall: 0.555 },
    },
  },
  // development from the eleventh session on: the tenth session's untouched pair, measured on bf80399, the tenth
  // session's merged main and fdd0764, identical every time (blind/t-authoring/SPLIT.md)
  "blind-t1 (dev)": {
    flags: {
      drift: { recall: 0.8, fpRateClean: 0.034 }, // countDirection ("cut back to just the one line" answered "increase her weekly lines"): 0.733 → 0.8; drift27b lowRating (a rain-off credit left for a renewal, rated 1): 0.666 → 0.733; drift26b joinedPart ("And please stop sending me the paper newsletter"): 0.6 → 0.666; drift23 steered (an agent's aftercare bundle taken with "I suppose, yes"): 0.4 → 0.466; drift25b aside (a UV tube mentioned in passing): 0.533; drift25a addedPart (the case key "also" asked for): 0.6; false alarms on clean 0.067 → 0.034 (drift25c comparisonLike: "like a vicar")
    },
  },
  "blind-t2 (dev)": {
    flags: {
      drift: { recall: 0.5 }, // false alarms on clean 0.034 → 0 (drift22 settled: target met, floor removed); recall 0.166 → 0.333 (drift25b aside); → 0.5 (drift27b lowRating)
    },
  },
  // development from the twelfth session on: the eleventh session's untouched pair, measured on ee69a7c and 67793d4,
  // identical (blind/v-authoring/SPLIT.md)
  "blind-v1 (dev)": {
    flags: {
      // (re-ask false alarms on clean 0.034 → 0, facts22: "courtroom" no longer names the known `court`: floor removed)
      drift: { fpRateClean: 0.034 }, // drift22 objectingLater ("wait what" is no later ask): 0.416 → 0.583; settled (a correction put right): false alarms 0.067 → 0.034; phrasalDirection ("pushed back" vs "earlier"): 0.666; drift27b lowRating (three rated 2): 0.916, target met, recall floor removed
    },
  },
  "blind-v2 (dev)": {
    // (dropout recall 0.875 → 1, naming 0.888 → 1: facts23's relay reading — a transfer's receiver that delegates at
    // once owes what it left out once the user shows the need for it — targets met, those floors removed)
    flags: {
      // (stale: facts22, an identity under a compound key and a value put to the user to check are no stale use:
      // precision 0.7 → 0.875, false alarms on clean 0.067 → 0 (target met, that floor removed))
      stale: { precision: 0.875 },
      // drift25a: an imperative after a statement of state is a part ("…is fine), and also get the electrician to quote"):
      // 0.333 → 0.416; addedKeys (the pinata "too", a "package" key): 0.5; drift25d's upDown ("move up" against a downgrade): 0.583;
      // drift30c pressedAgain, the offer praised before "but" ("um, that's nice but can we … at the cremation?"): 0.666;
      // refusedOffer ("I don't want a tent, I want Sunday!"): 0.75; joinedPartReached ("order me a fresh proof copy"): 0.833;
      // thirty-first session disbeliefBeside ("Are you joking? Refund the £95."): 0.917, target met, recall floor removed
      drift: { fpRateClean: 0.034 },
    },
  },
  // development from the twelfth session's second round: written and measured untouched in that session (67793d4 and
  // 0a577be identical; blind/x-authoring/SPLIT.md)
  "blind-x1 (dev)": {
    flags: {
      // (drift recall → 0.916 with drift27b lowRating, two rated 1: target met, floor removed)
      // drift23 steered (the junior membership taken with "um ok, what size wetsuit"): 0.583 → 0.666; drift25a addedKeys (the jacket "also" asked for, a "puppy" key beside it): 0.75; false alarms on clean 0.034 → 0 (drift25c restatedPart: "damage cover is included"; floor removed)
    },
  },
  "blind-x2 (dev)": {
    flags: {
      stale: { precision: 0.833 },
      drift: { recall: 0.75, fpRateClean: 0.067 }, // countDirection ("cut back from three spots a day to one" answered "an upgrade"): 0.666 → 0.75; drift27b lowRating (a payment plan for a script fix, rated 2): 0.583 → 0.666; drift23 steered (the tribunal taken with "I suppose if you're doing it"): 0.333 → 0.416; drift25a addedPart (the claws checked "too"): 0.5; drift26b joinedPart ("And can someone check the other one still in the hedge"): 0.583
    },
  },
  // development from the twelfth session's third round: its untouched pair, identical on 67793d4, 0a577be and 0cd67d8
  // (blind/w-authoring/SPLIT.md)
  "blind-w1 (dev)": {
    // (dropout recall 0.8 → 1, naming 0.8 → 1: facts24, a key the sender started with in the stateAfter it
    // arrived with is known when it hands on — targets met, those floors removed; stale precision 0.8 → 1: values27, a
    // one-word value, "Dan", said with no copula and nothing of its result beside it is no stale use — floor removed)
    flags: {
      drift: { recall: 0.666, fpRateClean: 0.034 }, // recall 0.416 → 0.5 (drift25b measuredParticle: "push the shearing back a couple of weeks") → 0.666 (drift27c onlyPart: "only the north side", "only half"); false alarms on clean 0.134 → 0.1 (drift25c bracketAside: "(ask my wife about the shelf)") → 0.034 (fp33 topRating: two opposite readings on conversations rated 5)
    },
  },
  "blind-w2 (dev)": {
    // (stale precision 0.833 → 1 and false alarms on clean 0.034 → 0: facts24, an option booked by one of its values is
    // taken again — floors removed. facts24's "a value handed inside an object was handed" met the re-ask target here
    // but added a re-ask false alarm on a clean conversation of the next untouched pair: reverted, floor kept)
    naming: 0.571,
    flags: {
      dropout: { recall: 0.666 },
      // (re-ask recall 0.8 → 1: facts26, the lead asking after its workers' returns for the entry and email it held)
      drift: { recall: 0.916 }, // drift25a addedPart (the invoice copy "also" asked for): 0.75 → 0.833; "tell me if I can bring my dog to the 5K" is no fact given: 0.916; false alarms on clean 0.034 → 0 (drift25c restatedPart: "we'd love to get it playing again"; floor removed)
    },
  },
  // development from the thirteenth session: written at its start, measured unread on db7ff8b (summary rows only;
  // blind/z-authoring/SPLIT.md), then read; facts25 raised z1 naming 0.6 -> 0.9 and re-ask to recall 1.0, z2 re-ask to 1.0
  "blind-z1 (dev)": {
    naming: 0.9,
    flags: {
      // (re-ask precision 0.833 → 1, false alarms on clean 0.034 → 0: facts26, "your daughter's name" after the user
      // named herself asks for another person's name — target met, floor removed)
      stale: { precision: 0.75 },
      // (false alarms on clean 0.067 → 0: changedWithin, a change of mind said within the ask — "… um actually could
      // we just move it to next thursday" — target met, floor removed); drift25a (a part added with "also"): 0.333 → 0.416;
      // drift25d's spokenQuestion and spokenOff (speech-to-text's missing "?" and "of" for "off") and upDown ("take them down a bit"): 0.666;
      // drift26b joinedPart ("… and … do we need to book"): 0.75; drift27b lowRating (a mispunch answered with the membership, rated 1): 0.833
      drift: { recall: 0.833 },
    },
  },
  "blind-z2 (dev)": {
    flags: {
      stale: { precision: 0.857, fpRateClean: 0.034 },
      // (drift recall 0.5 → 0.666: drift25d's correctionForms, "That isn't what we asked for", "Nein! I said opt OUT";
      // → 0.75: drift26b joinedPart, "And can we put signs up on the railings"; → 0.833 and coverage 0.966 → 0.983: drift27b
      // lowRating, an abstention on a corporate taster rated 2; → 0.916: forty-third session hyphenModifier, the window film
      // taken off that a hyphened compound's verbs had taken up)
      drift: { recall: 0.916, fpRateClean: 0.067, coverage: 0.983 },
    },
  },
  // development from the thirteenth session: written in it, measured unread on db7ff8b and c504adc (identical: re-ask
  // 5/5 with 8 false alarms, 4 of them on clean conversations), then read (blind/ab-authoring/SPLIT.md); email-parts.ts
  // (an email's closing asks nothing, a quoted message gives nothing again): re-ask false alarms 8 → 0, recall 1 → 0.8
  // (a re-ask found only through the department in a signature); drift26a (emailBody, listedRequests): drift recall
  // 0.333 → 0.416, false alarms on clean 0.067 → 0.034
  // facts26: naming 0.833 → 1 (a change of date lost whole drops both dates), re-ask recall 0.8 → 1 ("the reference the
  // booking was made under"), stale precision 0.75 → 1 and false alarms on clean 0.034 → 0 (a newer call of the same tool
  // with every older argument and more refreshes it) — targets met, floors removed
  // drift27c joinedAfterComma (", and kindly push the handover back"): drift recall 0.416 → 0.5
  // deverbalPreposition ("Following a licensing review, …" is no action, after → later): false alarms on clean 0.034 → 0
  "blind-ab2 (dev)": {
    flags: {
      drift: { recall: 0.5, coverage: 0.983 },
    },
  },
  // held out: the thirteenth session's untouched set, measured on db7ff8b, after each merge and on the final scorers
  // (summary rows only; nobody read a miss; blind/aa-authoring/SPLIT.md, blind/ab-authoring/SPLIT.md); aa1 drift recall
  // 0.5 → 0.583 (drift25a), nothing else moved
  "blind-aa1 (held out)": {
    flags: {
      dropout: { precision: 0.857 },
      drift: { recall: 0.583, fpRateClean: 0.034 },
    },
  },
  // (stale 0.75 → 1.0 in the fifty-second session: a percent sign read beside a key naming a percentage; floor removed)
  "blind-aa2 (held out)": {
    flags: {
      drift: { recall: 0.833, fpRateClean: 0.1 },
    },
  },
  "blind-ab1 (held out)": {
    flags: {
      reask: { recall: 0.875 },
      drift: { recall: 0.333 },
    },
  },
  // development from the fourteenth session: measured unread on daf7ee8 (blind/ac-authoring, ad-authoring SPLIT.md)
  // drift28 hedgedObjection ("Hmm, I think this is not what I ask"): ac1 drift recall 0.416 → 0.5; miss33 leftObjecting
  // (the user pushed back and left: "Sorry, I do not understand, three?"): 0.5 → 0.666
  "blind-ac1 (dev)": {
    flags: {
      drift: { recall: 0.75, fpRateClean: 0.034 }, // countDirection ("from lessons every two weeks to every week" answered "every other week"): 0.666 → 0.75
    },
  },
  // drift27b's lowRating (merged after): ac2 drift recall 0.667 → 0.75 and one false alarm more on clean (an angry customer
  // rated a clean conversation low), ad2 drift recall 0.167 → 0.333; angry27 (alternativePart, rhetorical: an alternative
  // question's other side and a bare question after shouting are no part of the ask): false alarms on clean 0.267 → 0.067
  "blind-ac2 (dev)": {
    flags: {
      drift: { recall: 0.75, fpRateClean: 0.067 },
    },
  },
  // (values27: stale precision 0.6 → 1 and false alarms on clean 0.108 → 0 on ad1, 0.8 → 1 and 0.034 → 0 on ad2 —
  // what a re-run tool took or returned again, a one-word value said about something else: floors removed; ad1 re-ask
  // false alarms on clean 0.036 → 0: a date wished for is not a past date asked again — floor removed); drift30c
  // pressedAgain (a closing "but" question naming the ask: "But what about my £32?"): ad1 drift recall 0.583 → 0.75;
  // miss33 leftObjecting ("Split parcel? I never asked for it to be split." and left): 0.75 → 0.833
  "blind-ad1 (dev)": {
    flags: {
      drift: { recall: 0.833 }, // signal34 bottomRating (rated 1): 0.75 → 0.833
    },
  },
  // drift28 refersBack ("I just want it sorted before that renewal date" is no later ask): ad2 drift recall 0.333 → 0.5;
  // drift30c pressedAgain ("Er, maybe. But what about the trail?"): 0.5 → 0.666
  "blind-ad2 (dev)": {
    flags: {
      drift: { recall: 0.666, fpRateClean: 0.034 },
    },
  },
  // held out: the fourteenth session's untouched pair, measured before and after its merges (summary rows only; nobody
  // read a miss; blind/ae-authoring/SPLIT.md): ae1 drift false alarms on clean 0.233 → 0.1 (angry27), recall 0.5 → 0.583
  "blind-ae1 (held out)": {
    naming: 0.9,
    flags: {
      reask: { recall: 0.75 },
      drift: { recall: 0.583, fpRateClean: 0.1 },
    },
  },
  "blind-ae2 (held out)": {
    flags: {
      dropout: { precision: 0.857 },
      stale: { precision: 0.625, fpRateClean: 0.034 },
      drift: { recall: 0.5, fpRateClean: 0.067 },
    },
  },
  // development from the fifteenth session: measured unread on d65a077 (blind/af-authoring SPLIT.md); dropout, stale
  // and naming at their targets since orch30
  // refusedObject ("Don't route confirmations through the MALDI queue" refuses no confirming): precision 0.4 → 0.6,
  // false alarms on clean 0.067 → 0.034
  "blind-af1 (dev)": {
    flags: {
      drift: { precision: 0.6, recall: 0.416, fpRateClean: 0.034 }, // joinedPartReached: 0.166 → 0.416
    },
  },
  "blind-af2 (dev)": {
    flags: {
      drift: { recall: 0.75 }, // joinedPartReached: 0.666 → 0.75
    },
  },
  // held out: the fifteenth session's untouched corpus, measured on 71fce91 and after each merge (summary rows only; nobody
  // read a miss; blind/af-authoring/SPLIT.md): unchanged by every merge of that session
  "blind-af3 (held out)": {
    flags: {
      dropout: { precision: 0.75, fpRateClean: 0.034 },
      drift: { recall: 0.5 },
    },
  },
  // held out: the sixteenth session's untouched corpus, measured on 9e03bbd (summary rows only; nobody reads a miss;
  // blind/ag-authoring/SPLIT.md)
  "blind-ag1 (held out)": {
    flags: {
      dropout: { precision: 0.8 },
      drift: { recall: 0.75 }, // joinedPartReached: 0.583 → 0.666; thirtieth session: 0.75
    },
  },
  // held out: written in ag2's style during the sixteenth session, measured on 1b8d3c0 and on every branch (summary
  // rows only; nobody read a miss; blind/ag-authoring/SPLIT.md)
  "blind-ag3 (held out)": {
    flags: {
      dropout: { recall: 0.833 },
      drift: { recall: 0.583, fpRateClean: 0.104 },
    },
    naming: 0.833,
  },
  // miss33 leftObjecting ("I didn't really want insurance information dear" and left): ag2 drift recall 0.583 → 0.666
  "blind-ag2 (dev)": {
    flags: {
      // (recall 0.583 → 0.667: signal34 bottomRating, rated 1; 0.667 → 0.917, target met, floor removed: thirty-first session
      // surprisedAcceptance "oh. ok", hesitantAcceptance "hmm ok")
      drift: { fpRateClean: 0.034 }, // false alarms on clean 0.067 → 0.034 (fp33 topRating: a kept exception read as "stop", rated 5)
    },
  },
  // blind-ag4: drift recall 0.75 → 0.917 (signal34 bottomRating: an antonym and a topic drift rated 1 and escalated), target met, floor removed
  // held out: the seventeenth session's untouched corpus, measured on ac365b9 (summary rows only; nobody reads a miss;
  // blind/ah-authoring/SPLIT.md)
  "blind-ah1 (held out)": {
    flags: {
      drift: { recall: 0.583 }, // false alarms on clean 1 of 30 → 0 with fp33's topRating (measured after the merge); 0.416 → 0.5 with countDirection (twenty-second session, summary rows only); 0.583 with asksWhether and pronounObject (twenty-fifth session, summary rows only)
    },
  },
  // held out: written in the seventeenth session after its rating rules, measured on 38470d7 (summary rows only; nobody
  // reads a miss; blind/ah-authoring/SPLIT.md)
  "blind-ah3 (held out)": {
    flags: {
      reask: { recall: 0.857 },
      drift: { recall: 0.666, fpRateClean: 0.067 },
    },
  },
  // held out: written at the end of the seventeenth session, after all its merges, measured on a6b53a9 (summary rows
  // only; nobody reads a miss; blind/ah-authoring/SPLIT.md)
  "blind-ah4 (held out)": {
    flags: {
      drift: { recall: 0.583 }, // (fpRateClean 0.067 → 0 in the forty-fourth session: changeUnread)
    },
  },
  "blind-ah5 (held out)": {
    flags: {
      drift: { recall: 0.666, fpRateClean: 0.067 },
    },
  },
  // held out: written in the eighteenth session after its speed changes only, measured on de3a005 (summary rows only;
  // nobody reads a miss; blind/ai-authoring/SPLIT.md)
  "blind-ai1 (held out)": {
    naming: 0.9,
    flags: {
      dropout: { precision: 0.833, recall: 0.833 },
      drift: { recall: 0.583 },
    },
  },
  // held out: ai2's replacement, written later in the eighteenth session, measured on db5caa5 (summary rows only)
  "blind-ai3 (held out)": {
    flags: {
      drift: { recall: 0.583 },
    },
  },
  // held out: chat-style traffic written in the twentieth session, measured unread on 4f11149 and d367ddf (summary rows
  // only; nobody reads a miss; blind/aj-authoring/SPLIT.md). aj1's one re-ask false alarm on clean (1 of 30) is
  // held as a floor, not read: one conversation is no cause to make it a development corpus.
  "blind-aj1 (held out)": {
    flags: {
      reask: { precision: 0.857, fpRateClean: 0.034 },
      drift: { recall: 0.5, fpRateClean: 0.034 },
    },
  },
  "blind-aj2 (held out)": {
    flags: {
      drift: { recall: 0.666, fpRateClean: 0.035 }, // thirtieth session: 0.583 → 0.666
    },
  },
  // held out: customers who end or release things, written in the twenty-first session, measured unread on 0543535
  // and on the session's last commit, identical (summary rows only; nobody reads a miss; blind/ak-authoring/SPLIT.md)
  "blind-ak2 (held out)": {
    naming: 0.888,
    flags: {
      // joinedPartReached: 0.857 → 0.928; forty-fifth session noLonger: 0.928 → 0.857 (one drift of this corpus lost, one of
      // blind-bj2 found: held out net zero; development +2 found, no false alarm; the lost one not read)
      // forty-ninth session chatSpelling: false alarms on clean 0.034 → 0
      drift: { recall: 0.857, fpRateClean: 0 },
    },
  },
  // development: its twin, read for the exception, release, digit-group, bracketed-aside and possessive-key rules
  // (drift false alarms 4 → 0, drift found 10 → 11, re-asks found 3 → 4 of 4)
  "blind-ak1 (dev)": {
    flags: {
      drift: { recall: 0.785 },
    },
  },
  // held out: customers who change an amount, count or frequency, written in the twenty-second session, measured unread
  // on 4bfbc05 (drift recall 0.643) and with countDirection (0.786; summary rows only; blind/al-authoring/SPLIT.md)
  "blind-al2 (held out)": {
    flags: {
      drift: { recall: 0.785, fpRateClean: 0.067 },
    },
  },
  // development: its twin, read for countDirection (drift found 8 → 11 of 15, false alarms unchanged)
  // (drift recall: asksWhether, "oh. ok. does that cost more?" is no later ask, 0.733 → 0.8; joinedPartReached 0.8 → 0.866;
  // thirty-first session surprisedAcceptance, "oh ok": 0.933, and no false alarm on clean: targets met, floor removed)
  // held out: customers who ask for two or three things at once, written in the twenty-third session, measured unread
  // on ae4a819 and on the session's last commit (summary rows only; blind/am-authoring/SPLIT.md): 5 of its 30 clean
  // conversations flagged as drift — its author expected some (a final agent that confirms only its own part, an
  // earlier agent having done the other)
  "blind-am2 (held out)": {
    flags: {
      drift: { recall: 0.625, fpRateClean: 0.167 }, // thirtieth session: 0.562 → 0.625
    },
  },
  // development: its twin. Its one stale "false alarm" is SPEC §3.5 read as written: the agent confirms a cabin and
  // its price from a tool result 186 s old (T = 120 s) after the customer took three minutes to say yes; its author
  // labelled it clean
  "blind-am1 (dev)": {
    flags: {
      stale: { precision: 0.666, fpRateClean: 0.034 },
      // fragmentAdjunct ("+ 10 spare invitations too while the press is set up"): 0.438 → 0.5; thirty-first session
      // surprisedAcceptance ("oh thank you"): 0.562; forty-fourth session adjectiveVerb: 0.687
      drift: { recall: 0.687 },
    },
  },
  // development, written with am1's prompt after am2 (unread) flagged 5 of its 30 clean conversations: no false alarm
  // here either. Its stale "false alarm" is SPEC §3.5 as written (a survey day confirmed from a calendar result 355 s
  // old, T = 120 s; the newer call is another tool's, an order update carrying the day); its author labelled it clean.
  // Its one dropout false alarm (a channel code inside a phrase taken for an id) is mended (tool-code-key.test.ts).
  "blind-am3 (dev)": {
    flags: {
      stale: { precision: 0.75, fpRateClean: 0.034 },
      drift: { recall: 0.562 }, // repeatedAction ("and also re-issue last year's certificate"): 0.5 → 0.563
    },
  },
  // held out (twenty-fourth session, blind/an-authoring/SPLIT.md): measured unread at the session's start (b49ab83)
  // and after its rule (otherOne): 6 of 16 drifts found both times, no false alarm on clean
  "blind-an2 (held out)": {
    flags: {
      drift: { recall: 0.375 },
    },
  },
  // development: its twin. Its false alarm on clean (a price asked and the copies added, "fine, thanks" read as
  // refusing) was there before any rule of the session
  "blind-an1 (dev)": {
    flags: {
      drift: { recall: 0.625, fpRateClean: 0.034 }, // otherOne (Sunday's lesson / Friday's done; middle tier / top; blue scooter / red): 0.375 → 0.563; putOn ("put me on the waiting list" / "taken you off"): → 0.625
    },
  },
  // development, written with an1's prompt after otherOne and putOn were read from an1: measured before reading, they
  // found none of its drifts. Its stale "false alarm" is SPEC §3.5 as written (an event date from a tool result 184 s
  // old and two user turns back restated after newer calls of other tools); its naming miss is a fan-out worker that
  // never received the phone and still states it in its return, which reads as the phone having reached it.
  "blind-an3 (dev)": {
    naming: 0.818,
    flags: {
      stale: { precision: 0.666, fpRateClean: 0.034 },
      drift: { recall: 0.562 }, // escalatedObjecting ("wait no I WANT to keep going", then escalated): 0.5 → 0.563
    },
  },
  // held out (twenty-fifth session, blind/ao-authoring/SPLIT.md): asks stated as a problem; measured unread at the
  // session's start (da1d67b) and after its first rules (9c578ce): 9 of 16 drifts found both times, 3 false alarms on
  // its 30 clean conversations; its dropout false alarm was there at the start too
  "blind-ao2 (held out)": {
    flags: {
      dropout: { precision: 0.8, fpRateClean: 0.034 },
      drift: { recall: 0.562, fpRateClean: 0.1 },
    },
  },
  // development: its twin, measured before it was read (unchanged by the session's first rules). Its stale "false
  // alarm" is SPEC §3.5 as written (a re-addressed invoice stated from a tool result over three minutes old and two user turns back,
  // after a handoff); its author labelled it clean
  "blind-ao1 (dev)": {
    flags: {
      stale: { precision: 0.833, fpRateClean: 0.034 },
      drift: { recall: 0.625, fpRateClean: 0.034 }, // thirty-first session disbeliefBeside ("January?? and that's a check-up"): 0.562 → 0.625
    },
  },
  // development, written with the same prompt, measured before it was read (unchanged by the session's first rules).
  // Its stale "false alarm" is SPEC §3.5 as written (a voucher's new expiry restated 2 min 19 s after the call that
  // extended it, one user turn back, by the agent after the handoff: T = 120 s). Its stale miss (a market bid under
  // "best_bid_per_case", restated 13 minutes and three user turns after the call) is mended: a rate per unit is an
  // amount, not the unit's id (slots.ts headNamesSlot, freshness-per-unit.test.ts): stale 0.667/0.667 → 0.75/1.0
  "blind-ao3 (dev)": {
    flags: {
      stale: { precision: 0.75, fpRateClean: 0.034 },
      drift: { recall: 0.5, fpRateClean: 0.1 }, // thirtieth session (takenElsewhere, disbelief): 0.312 → 0.5
    },
  },
  // held out (twenty-sixth session, blind/ap-authoring/SPLIT.md): asks whose action has an opposite, answered in words
  // that name it; measured unread at the session's start (cb77069: 12 of 16 drifts found, 2 false alarms on its 30
  // clean conversations) and after the session's rules (13 of 16: "pause" among the ending actions; the false alarms unchanged)
  "blind-ap2 (held out)": {
    flags: {
      drift: { recall: 0.812, fpRateClean: 0.067 },
    },
  },
  // development: its twin, measured before it was read (14 of 16 found, 1 false alarm on clean). focusedObjection ("I
  // literally said don't send it") and codeFullStop ("… Sheffield S3 8SR. Also, could you add …"): 14 → 16 found;
  // framedPart ("my instructor says I need a 17.5" names no part of its own): false alarms 1 → 0. Every target met: no floor
  // development, written with the same prompt, measured before it was read (13 of 16 found, 3 false alarms on clean,
  // its dropout false alarm there too). "pause" among the ending actions (a search paused, kept running instead): 13 →
  // 14; directionSaid ("we need her EARLIER not later" kept by "brought forward a week"): false alarms 3 → 2; framedPart
  // ("Since half the team went remote we only need one" names no part of its own): 2 → 1. The one left is a lost part
  // read where the agents named it in other words ("the confidential boxes gone before it" / "everything is gone")
  "blind-ap3 (dev)": {
    flags: {
      dropout: { precision: 0.8 },
      // (drift recall 0.875 → 0.938, target met, recall floor removed: thirty-first session disbeliefBeside, "You are joking.")
      drift: { fpRateClean: 0.034 },
    },
  },
  // held out (twenty-seventh session, blind/aq-authoring/SPLIT.md): long first messages mixing requests with background;
  // measured unread at the session's start (dab4900: 7 of 17 drifts found, 4 false alarms on its 30 clean conversations)
  // and after the session's rules (unchanged)
  "blind-aq2 (held out)": {
    flags: {
      drift: { recall: 0.588, fpRateClean: 0.134 }, // joinedPartReached: 0.411 → 0.588
    },
  },
  // held out (twenty-eighth session, blind/ar-authoring/SPLIT.md): blind-aq2's style; measured unread at the session's
  // start (c87d88d: 9 of 13 drifts found, 1 false alarm on its 21 clean conversations) and on the session's rules (identical)
  "blind-ar2 (held out)": {
    flags: {
      drift: { recall: 0.769, fpRateClean: 0.048 }, // joinedPartReached: 0.692 → 0.769
    },
  },
  // development (twenty-eighth session, blind/ar-authoring/SPLIT.md): blind-aq2's style; delivered last, measured unread
  // at the session's start (c87d88d: 8 of 13 drifts found, 2 false alarms on its 20 clean) and on 87697c8 (1 false alarm)
  "blind-ar1 (dev)": {
    flags: {
      dropout: { precision: 0.833 }, // one dropout flagged on a clean conversation (unread: the corpus came last)
      drift: { recall: 0.615, fpRateClean: 0.05 },
    },
  },  // development (twenty-ninth session, blind/as-authoring/SPLIT.md): delivered last, measured unread at the session's start
  // (64b14e1: 10 of 13 drifts found, no false alarm on its 20 clean) and on the session's rules (identical)
  "blind-as1 (dev)": {
    flags: {
      drift: { recall: 0.769 },
    },
  },
  // held out (twenty-ninth session, blind/as-authoring/SPLIT.md): measured unread at the session's start (64b14e1: 4 of 13
  // drifts found, 2 false alarms on its 20 clean, 4 of 5 re-asks) and on the session's rules (6 of 13, the rest identical)
  "blind-as2 (held out)": {
    flags: {
      reask: { recall: 0.8 },
      // (0.1 → 0.15: one more false alarm on clean since relayDropped, forty-sixth session; not read)
      drift: { recall: 0.461, fpRateClean: 0.15 },
    },
  },
  // development (twenty-ninth session, blind/as-authoring/SPLIT.md): measured unread at the session's start (64b14e1: 11 of
  // 13 drifts found, 1 false alarm on its 20 clean); keepNotDispose ("please keep the moulds" answered by recycling them):
  // 12 of 13, recall target met, that floor removed
  "blind-as3 (dev)": {
    flags: {
      drift: { fpRateClean: 0.05 },
    },
  },
  // development (thirtieth session, blind/at-authoring/SPLIT.md): measured unread at the session's start (071aa03e: 10 of
  // 13 drifts found, 1 false alarm on its 20 clean, 1 re-ask false alarm on clean) and on 8de0ea72 (identical), then
  // read: nounInversion 11 of 13; helpSecondVerb and the participle complement of asks.ts took both false alarms away
  // development (thirtieth session, blind/at-authoring/SPLIT.md): delivered late, measured unread on 071aa03e and on the
  // session's last rules (identical: 8 of 13 drifts found, 2 false alarms on its 20 clean; 3 of 4 dropouts; one stale
  // flag on a conversation with other failures), then read (docs/evaluation.md)
  "blind-at1 (dev)": {
    flags: {
      dropout: { recall: 0.75 },
      stale: { precision: 0.75 },
      drift: { recall: 0.615, fpRateClean: 0.1 },
    },
    naming: 0.75,
  },
  // development (thirty-second session, blind/av-authoring/SPLIT.md): measured unread at the session's start (e3a78e93:
  // 11 of 13 drifts found, no false alarm on its 16 clean; 3 of 4 re-asks; one dropout false alarm on a conversation
  // with other failures); unheardObjection ("I'm sorry, did you read my email?"): 12 of 13, drift target met, that floor removed
  "blind-av1 (dev)": {
    flags: {
      dropout: { precision: 0.75 },
      reask: { recall: 0.75 },
    },
  },
  // development (thirty-second session, blind/aw-authoring/SPLIT.md): measured unread when delivered (ab6e3e3d, and
  // e3a78e93 identical: 8 of 13 drifts found, no false alarm on its 16 clean, one beside other failures; 3 of 5 dropouts);
  // a postcode given again inside the address asked for is that address (reask.ts): dropout precision 0.75 → 1.0;
  // contrastAcrossNoun ("More tiles not less") and askedNotTo ("that is exactly what we asked you NOT to do"): drift 0.615 → 0.769
  "blind-aw1 (dev)": {
    naming: 0.666,
    flags: {
      dropout: { recall: 0.6 },
      drift: { recall: 0.769 },
    },
  },
  // held out when written (thirty-second session, blind/aw-authoring/SPLIT.md): measured unread when delivered (ab6e3e3d,
  // and e3a78e93 identical; summary rows only: 9 of 13 drifts found, 1 false alarm on its 16 clean; 5 of 6 dropouts, one
  // false alarm on clean); a development corpus since the names of its misses were printed at the session's end
  "blind-aw2 (dev)": {
    naming: 0.857,
    flags: {
      dropout: { precision: 0.833, recall: 0.833 },
      // (thirty-third session: a request with background after a comma is a part of its own — commaSplice, gerundNoun,
      // addedPhrasePart — and "are you serious" is disbelief: 0.692 → 0.846)
      drift: { recall: 0.846, fpRateClean: 0.063 },
    },
  },
  // held out (thirty-second session, blind/av-authoring/SPLIT.md): measured unread at the session's start (e3a78e93,
  // summary rows only: 8 of 13 drifts found, 1 false alarm on its 16 clean; 3 of 4 re-asks; one dropout false alarm
  // beside other failures; one stale false alarm on a clean conversation)
  "blind-av2 (held out)": {
    flags: {
      dropout: { precision: 0.8 },
      reask: { recall: 0.75 },
      stale: { precision: 0.75, fpRateClean: 0.063 },
      drift: { recall: 0.615, fpRateClean: 0.063 },
    },
  },
  // development (thirty-third session, blind/ax-authoring/SPLIT.md): measured unread when delivered (start rules and the
  // session's rules then identical: 8 of 13 drifts found, 1 false alarm on its 16 clean; 3 of 4 dropouts; one stale false
  // alarm on a clean conversation); fragmentSubject (an added piece with a subject pronoun is no bare item): the drift
  // false alarm on clean gone, that floor removed
  "blind-ax1 (dev)": {
    naming: 0.75,
    flags: {
      dropout: { recall: 0.75 },
      stale: { precision: 0.8, fpRateClean: 0.063 },
      drift: { recall: 0.692 }, // relayDropped: the roots lifting the driveway, left out by dispatch (named by its background clause)
    },
  },
  // held out (thirty-third session, blind/ax-authoring/SPLIT.md): measured unread when delivered (summary rows only; start
  // rules and the session's rules then identical: 8 of 13 drifts found, 1 false alarm on its 16 clean; every other flag exact)
  "blind-ax2 (held out)": {
    flags: {
      drift: { recall: 0.769, fpRateClean: 0.063 }, // (forty-fourth session: adjectivePhrasal and subordinateInversion, 0.692 → 0.769)
    },
  },
  // development (thirty-third session, blind/ay-authoring/SPLIT.md): measured unread when delivered (start rules and the
  // session's rules then identical: 5 of 13 drifts found, 2 false alarms, 1 on its 16 clean; one stale false alarm);
  // floatingAll ("both of you, all in the park" widens nothing): the false alarm on clean gone, that floor removed
  "blind-ay1 (dev)": {
    flags: {
      stale: { precision: 0.8 },
      // (0.384 → 0.461: forty-third session keepUntil, "hang on to the boards until Sunday" answered "hand the boards back early")
      drift: { recall: 0.461 },
    },
  },
  // held out (thirty-third session, blind/ay-authoring/SPLIT.md): measured unread when delivered (summary rows only; start
  // rules and the session's rules then identical: 8 of 13 drifts found, 4 false alarms, 3 on its 16 clean; one stale false alarm)
  "blind-ay2 (held out)": {
    flags: {
      stale: { precision: 0.8 },
      drift: { recall: 0.615, fpRateClean: 0.188 },
    },
  },
  // development (thirty-fourth session, blind/az-authoring/SPLIT.md): measured unread when delivered on the session's start
  // rules (0aad4485): 8 of 13 drifts found, 4 false alarms, 3 on its 16 clean; every other flag exact; statedTaste,
  // conditionalWish and askedOfSpeaker (a taste, a condition, the speaker asked: no request): no false alarm, that floor removed
  "blind-az1 (dev)": {
    flags: {
      drift: { recall: 0.615 },
    },
  },
  // held out (thirty-fourth session, blind/az-authoring/SPLIT.md): measured unread when delivered on the session's start
  // rules (0aad4485; summary rows only): 8 of 13 drifts found, 2 false alarms, 1 on its 16 clean; every other flag exact
  "blind-az2 (held out)": {
    flags: {
      drift: { recall: 0.615, fpRateClean: 0.063 },
    },
  },
  // development (thirty-fourth session, blind/az-authoring/SPLIT.md: blind-az1's commission, a second author): measured
  // unread when delivered on the session's start rules and on its rules then (identical): 10 of 13 drifts found, one false
  // alarm (none on its 16 clean); every other flag exact; acknowledgedObjection ("that's nice but it wasn't what I asked"): 0.846
  "blind-az3 (dev)": {
    flags: {
      drift: { recall: 0.846 },
    },
  },
  // development (thirty-fourth session, blind/ba-authoring/SPLIT.md): measured unread when delivered (start rules and the
  // session's rules then identical: 7 of 13 drifts found, 4 false alarms, 3 on its 16 clean; every other flag exact);
  // gerundWish ("muttered something about needing permission" wishes nothing): 2 on clean
  "blind-ba1 (dev)": {
    flags: {
      drift: { recall: 0.538, fpRateClean: 0.125 },
    },
  },
  // held out (thirty-fourth session, blind/ba-authoring/SPLIT.md): measured unread when delivered (summary rows only; start
  // rules and the session's rules then identical: 9 of 13 drifts found, no false alarm; every other flag exact)
  "blind-ba2 (held out)": {
    flags: {
      drift: { recall: 0.692 },
    },
  },
  // development (thirty-fifth session, blind/bb-authoring/SPLIT.md): measured unread when delivered on the session's start
  // rules (c7940fa4): 7 of 13 drifts found, 3 false alarms, 2 on its 16 clean; one stale false alarm on clean (a value the
  // customer typed herself, restated after the lookup); every other flag exact; rejectionRestated ("No no no. I asked you
  // to STOP it") and stillOpenNamed ("Thanks but... what about my camera??"): 0.692; likeClause ("like someone dropped the
  // tray" wishes nothing): 1 false alarm on clean; rejectionPerson ("take him OFF"): 0.769
  "blind-bb1 (dev)": {
    flags: {
      stale: { precision: 0.8, fpRateClean: 0.063 },
      drift: { recall: 0.769, fpRateClean: 0.063 },
    },
  },
  // held out (thirty-fifth session, blind/bb-authoring/SPLIT.md): measured unread when delivered (summary rows only; on the
  // session's start rules and on its rules then, identical): 6 of 13 drifts found, 3 false alarms, 1 on its 16 clean; one
  // dropout false alarm (not on clean); one re-ask false alarm, on clean; every other flag exact
  "blind-bb2 (held out)": {
    flags: {
      dropout: { precision: 0.8 },
      reask: { fpRateClean: 0.063 },
      drift: { recall: 0.461, fpRateClean: 0.063 },
    },
  },
  // development (thirty-fifth session, blind/bc-authoring/SPLIT.md): measured unread when delivered (start rules and the
  // session's rules then identical): 5 of 13 drifts found, 1 false alarm, on clean; 2 dropout false alarms, both on clean;
  // 3 of 4 stale uses found; every other flag exact; addedVerbPart ("also … get it registered with the Scottish Register
  // of Tartans"): 0.461; frontedReason ("since Callum has never seen … could you post a wee swatch"): 0.538
  "blind-bc1 (dev)": {
    flags: {
      dropout: { precision: 0.666, fpRateClean: 0.125 },
      stale: { recall: 0.75 },
      drift: { recall: 0.538, fpRateClean: 0.063 },
    },
  },
  // held out (thirty-fifth session, blind/bc-authoring/SPLIT.md): measured unread when delivered (summary rows only; start
  // rules and the session's rules then identical): 10 of 13 drifts found, 2 false alarms, 1 on clean; one dropout false
  // alarm, on clean; 4 of 5 re-asks found; every other flag exact
  "blind-bc2 (held out)": {
    flags: {
      dropout: { precision: 0.8, fpRateClean: 0.063 },
      reask: { recall: 0.8 },
      drift: { recall: 0.769, fpRateClean: 0.063 },
    },
  },
  // development (thirty-sixth session, blind/bd-authoring/SPLIT.md): measured unread when delivered (start rules and the
  // session's rules then identical): 7 of 12 drifts found, one abstention, no false alarm; every other flag exact
  "blind-bd1 (dev)": {
    flags: {
      drift: { recall: 0.583 },
    },
  },
  // development (thirty-sixth session, blind/be-authoring/SPLIT.md): measured unread when delivered on the session's
  // start rules and on its rules then (identical): 4 of 12 drifts found, one abstention, one false alarm, on clean; 1 of 3
  // stale uses found; every other flag exact
  "blind-be1 (dev)": {
    flags: {
      stale: { recall: 0.333 },
      drift: { recall: 0.333, fpRateClean: 0.125 },
    },
  },
  // held out (thirty-sixth session, blind/be-authoring/SPLIT.md): measured unread when delivered (summary rows only; start
  // rules and the session's rules then identical): 8 of 12 drifts found, one abstention, 2 false alarms, both on clean;
  // 2 of 3 stale uses found; every other flag exact
  "blind-be2 (held out)": {
    flags: {
      stale: { recall: 0.666 },
      drift: { recall: 0.666, fpRateClean: 0.125 },
    },
  },
  // development (thirty-seventh session, blind/bf-authoring/SPLIT.md): measured unread when delivered on the session's
  // start rules: 10 of 12 drifts found, no false alarm; 2 of 3 stale uses found; every other flag exact
  "blind-bf1 (dev)": {
    flags: {
      stale: { recall: 0.666 },
      drift: { recall: 0.833 },
    },
  },
  // held out (thirty-seventh session, blind/bf-authoring/SPLIT.md): measured unread when delivered (summary rows only; start
  // rules and the session's rules then identical): 5 of 12 drifts found, no false alarm; every other flag exact
  "blind-bf2 (held out)": {
    flags: {
      drift: { recall: 0.416 },
    },
  },
  // development (thirty-seventh session, blind/bg-authoring/SPLIT.md): measured unread when delivered: on the session's
  // start rules 5 of 12 drifts found, one false alarm, on clean; on its rules then 7, two false alarms, both on clean (one
  // mended since: switchTo's "from"); 3 of 4 re-asks found; one dropout false alarm (not on clean); every other flag exact
  "blind-bg1 (dev)": {
    flags: {
      dropout: { precision: 0.8 },
      reask: { recall: 0.75 },
      drift: { recall: 0.583, fpRateClean: 0.063 },
    },
  },
  // development (thirty-seventh session, blind/bg-authoring/SPLIT.md): bg1's stand-in, measured unread when delivered: 8 of
  // 12 drifts found on the session's start rules, 9 on its rules then, no false alarm; every other flag exact
  "blind-bg3 (dev)": {
    flags: {
      drift: { recall: 0.75 },
    },
  },
  // held out (thirty-seventh session, blind/bg-authoring/SPLIT.md): measured unread when delivered (summary rows only; start
  // rules and the session's rules then identical): 5 of 12 drifts found, one false alarm, on clean; every other flag exact
  "blind-bg2 (held out)": {
    flags: {
      drift: { recall: 0.416, fpRateClean: 0.063 },
    },
  },
  // development (thirty-eighth session, blind/bh-authoring/SPLIT.md; emails): measured unread when delivered (start rules
  // and the session's rules then identical): 4 of 12 drifts found, 2 false alarms, both on clean (one mended since:
  // othersRefused; one more drift found since: phrasalSign); every other flag exact
  "blind-bh1 (dev)": {
    flags: {
      drift: { recall: 0.416, fpRateClean: 0.063 },
    },
  },
  // development (thirty-eighth session, blind/bh-authoring/SPLIT.md; speech-to-text calls): measured unread when delivered
  // on the session's start rules: 9 of 12 drifts found, no false alarm (10 since: phrasalSign); 3 of 4 re-asks and 2 of 3
  // stale uses found; every other flag exact
  "blind-bh3 (dev)": {
    flags: {
      reask: { recall: 0.75 },
      drift: { recall: 0.833 }, // (stale at target since the forty-first session: a count before the thing its call asked about)
    },
  },
  // development (thirty-eighth session, blind/bi-authoring/SPLIT.md; emails): measured unread when delivered: on the
  // session's start rules 4 of 12 drifts found, 2 false alarms (1 on clean); on its rules then 4, 3 false alarms (2 on
  // clean: phrasalSign read "while her subscription carries on unchanged" against "stop sending me the newsletters",
  // mended since: whileClause); 3 of 4 dropouts found (2 of 4 fields named); 3 of 4 re-asks found, one re-ask false
  // alarm (not on clean)
  "blind-bi1 (dev)": {
    flags: {
      dropout: { recall: 0.75 },
      reask: { precision: 0.75, recall: 0.75 },
      drift: { recall: 0.416, fpRateClean: 0.063 }, // forty-ninth session chatSpelling ("so cud you sort me a quote for a chiller as well"): 0.333 → 0.416
    },
    naming: 0.5,
  },
  // development (thirty-ninth session, blind/bj-authoring/SPLIT.md; web forms): measured unread when delivered, on the
  // session's start rules (its first commits changed no verdict): 7 of 12 drifts found, one false alarm (not on clean);
  // 4 of 5 dropouts found (4 of 6 fields named); one re-ask and two stale false alarms, all on clean. Read since: otherId
  // found one more drift, colonClause mended the drift false alarm, asks.ts finite the re-ask one and freshness.ts (a
  // value booked in another form) one stale one; the other stale one ("it was accepted by your server" read as a
  // quote's status "accepted") is left
  "blind-bj1 (dev)": {
    flags: {
      dropout: { recall: 0.8 },
      stale: { precision: 0.8, fpRateClean: 0.063 },
      drift: { recall: 0.666 },
    },
    naming: 0.666,
  },
  // development (thirty-ninth session's commission, blind/bj-authoring/SPLIT.md; emails quoting the thread): delivered
  // after its last commit, measured unread at the start of the fortieth on its start rules: 7 of 12 drifts found, one
  // false alarm (not on clean); 4 of 4 dropouts with ten dropout false alarms (five on clean), every one the date of a
  // quoted email's header; every other flag exact. Read since: facts.ts sentDates mended the dropout false alarms,
  // betterOff the drift one
  "blind-bj3 (dev)": {
    flags: {
      drift: { recall: 0.833 }, // (0.583 when delivered, 0.666 by the forty-third session; 0.75: adjectiveVerb, "settle the balance and secure her class place"; 0.833: pronounWay, "Please take him off booking FS-5076" answered "I've put Oskar on")
    },
  },
  // development (as blind-bj3; emails quoting the thread): measured unread at the start of the fortieth session: 4 of 12
  // drifts found, three false alarms, all on clean; 5 of 5 dropouts with five dropout false alarms, all on clean, every
  // one a quoted header's date; every other flag exact. Read since: sentDates mended the dropout false alarms, headOf,
  // onlyVerb and pronounStatement the drift ones
  "blind-bj6 (dev)": {
    flags: {
      drift: { recall: 0.416 }, // relayDropped: the itemised receipt, handed on by triage and dropped on the way to loyalty
    },
  },
  // held out (fortieth session, blind/bk-authoring/SPLIT.md; emails quoting the thread, forwarded messages carrying
  // other people's contacts): measured unread when delivered (summary rows only): on the session's rules then, 6 of 12
  // drifts found, one false alarm, on clean; 3 of 4 dropouts found (3 of 4 fields named), no false alarm; 2 of 3 stale
  // found; 4 of 4 re-asks, none false. On its start rules the same, with one dropout false alarm on clean besides
  "blind-bk2 (held out)": {
    flags: {
      dropout: { recall: 0.75 },
      stale: { recall: 0.666 },
      drift: { recall: 0.5, fpRateClean: 0.063 },
    },
    naming: 0.75,
  },
  // development (fortieth session's commission, blind/bk-authoring/SPLIT.md; emails quoting the thread, forwarded
  // messages carrying other people's contacts): delivered after its last commit, measured unread at the start of the
  // forty-first on its start rules: 5 of 12 drifts found, one abstention, two false alarms, both on clean; 4 of 4
  // dropouts with one false alarm (not on clean); 3 of 4 stale; re-ask 4 of 4 with no false alarm, counts exact on
  // 32/32; naming 8 of 9. On the fortieth's start rules one more dropout false alarm on clean (a quoted header's
  // date) and one re-ask count off (a forwarded contact)
  "blind-bk1 (dev)": {
    flags: {
      dropout: { precision: 0.8 },
      // stale at target since ("14 copies of Lanterns", freshness.ts countOf); drift false alarms on clean 0.118 → 0:
      // nounModifier ("loading access for a van" asks to load nothing), sharedHead ("the macaron boxes" are the "40 boxes")
      // (0.416 → 0.5 in the forty-fifth session: noLonger, a pre-order no longer wanted answered "posted on")
      drift: { recall: 0.5 },
    },
    // (naming 0.888 → 1 in the forty-fourth session: dropout.ts `carries`)
  },
  // development (forty-first session, blind/bl-authoring/SPLIT.md; requests whose point is a constraint): measured unread
  // when delivered, on the session's start rules and its rules then (identical): 8 of 12 drifts found, two false alarms,
  // both on clean; every other flag exact
  "blind-bl1 (dev)": {
    flags: {
      // false alarms on clean 0.125 → 0: hyphenParticle ("drop the massage add-on" asks to add nothing), onlyPredicate
      // ("Only worth it for me if …" restricts nothing)
      drift: { recall: 0.666 },
    },
  },
  // held out (forty-first session, blind/bl-authoring/SPLIT.md; requests whose point is a constraint): measured unread when
  // delivered (summary rows only; the session's start rules and its rules then identical): 4 of 12 drifts found, two
  // false alarms, both on clean; 5 of 5 re-asks with two false alarms, both on clean (counts exact on 30/32); 4 of 4
  // stale with one false alarm, on clean; 5 of 5 dropouts with one false alarm (not on clean); naming 6 of 6
  "blind-bl2 (held out)": {
    flags: {
      dropout: { precision: 0.833 },
      reask: { precision: 0.714, fpRateClean: 0.125 },
      stale: { precision: 0.8, fpRateClean: 0.063 },
      drift: { recall: 0.333, fpRateClean: 0.125 },
    },
  },
  // development (forty-second session, blind/bm-authoring/SPLIT.md; outcomes reported as states): measured unread when
  // delivered on the session's start rules and its rules then (identical): 3 of 12 drifts found, no false alarm; every
  // other flag exact, naming 5 of 5
  "blind-bm1 (dev)": {
    flags: {
      drift: { recall: 0.25 },
    },
  },
  // held out (forty-second session, blind/bm-authoring/SPLIT.md; outcomes reported as states): measured unread when
  // delivered (summary rows only; the session's start rules and its rules then identical): 2 of 12 drifts found (by
  // kind, aggregate: antonym 0 of 4, partial 2 of 4, topic 0 of 4), no false alarm; every other flag exact, naming 6 of 6
  "blind-bm2 (held out)": {
    flags: {
      drift: { recall: 0.166 },
    },
  },
  // development (forty-third session, blind/bn-authoring/SPLIT.md; a question set beside a request): measured unread
  // when delivered, with and without auxQuestion (identical): 9 of 12 drifts found, no false alarm; one dropout false
  // alarm (not on clean: a radio's model name "FT-60" read as a dropped value); every other flag exact, naming 6 of 6
  "blind-bn1 (dev)": {
    flags: {
      dropout: { precision: 0.8 },
      // (0.75 → 0.833: hyphenModifier, "do you do left-handed winders?")
      drift: { recall: 0.833 },
    },
  },
  // development (forty-third session, blind/bo-authoring/SPLIT.md; ordinary traffic): measured unread when delivered on
  // the session's start rules and its rules then (identical): 6 of 12 drifts found, no false alarm; every other flag
  // exact, naming 4 of 4
  "blind-bo1 (dev)": {
    flags: {
      // (0.5 → 0.583: keepUntil, "hang on to it till Monday" answered "a day sooner")
      drift: { recall: 0.583 },
    },
  },
  // held out (forty-third session, blind/bo-authoring/SPLIT.md; ordinary traffic): measured unread when delivered (summary
  // rows only; the session's start rules and its rules then identical): 8 of 12 drifts found and one abstention (by kind,
  // aggregate: antonym 3 of 4, partial 3 of 4, topic 2 of 4), no false alarm; every other flag exact, naming 5 of 5
  "blind-bo2 (held out)": {
    flags: {
      drift: { recall: 0.666 },
    },
  },
  // held out (forty-fourth session, blind/bq-authoring/SPLIT.md; story first, re-asks set mid-paragraph in long replies):
  // measured unread when delivered (summary rows only; the session's start rules a9a85ace and main 49ada5dc identical):
  // 3 of 12 drifts found (by kind, aggregate: antonym 1 of 4, partial 1 of 4, topic 1 of 4), no false alarm; 3 of 4
  // re-asks found, no re-ask false alarm; every other flag exact, naming 5 of 5
  "blind-bq2 (held out)": {
    flags: {
      reask: { recall: 0.75 },
      drift: { recall: 0.25 },
    },
  },
  // development (forty-fourth session, blind/bq-authoring/SPLIT.md; as bq2): measured unread when delivered on the
  // session's start rules a9a85ace and main 49ada5dc (identical): 7 of 12 drifts found, no false alarm; every other flag
  // exact (re-asks 5 of 5), naming 4 of 4
  "blind-bq1 (dev)": {
    flags: {
      // (0.583 → 0.666: endIdiom, "please can it be brought to an end"; → 0.75: adjectivePhrasal and subordinateInversion,
      // "Also while I'm at it can somone chase up Jakes helmet deposit")
      drift: { recall: 0.75 },
    },
  },
  // held out (forty-sixth session, blind/bs-authoring/SPLIT.md; bs1's prompt, commissioned after relayDropped was built
  // from bs1): measured unread when delivered (summary rows only; main b98935a7): 7 of 12 drifts found (4 with
  // relayDropped off), no false alarm; stale 2 of 2 with one false alarm on a clean conversation (1 of 15; not read);
  // every other flag exact, naming 3 of 3
  "blind-bs4 (held out)": {
    flags: {
      stale: { precision: 0.666, fpRateClean: 0.067 },
      drift: { recall: 0.583 },
    },
  },
  // development (forty-sixth session, blind/bs-authoring/SPLIT.md; as bs4): measured unread when delivered on main
  // b98935a7 (relayDropped off: identical): 3 of 12 drifts found, one false alarm (not on clean); one dropout false alarm
  // on a clean conversation (a postcode); one stale false alarm (not on clean); every other flag exact, naming 4 of 4
  "blind-bs3 (dev)": {
    flags: {
      dropout: { precision: 0.8, fpRateClean: 0.063 },
      stale: { precision: 0.8 },
      drift: { recall: 0.25, precision: 0.75 },
    },
  },
  // held out (fifty-second session, blind/cc-authoring/SPLIT.md; as ca2): measured unread when delivered (summary rows
  // only; main ea5adccf): 9 of 12 drifts found, one false alarm on a clean conversation, one abstention; stale 3 of 4;
  // one dropout false alarm (not on clean, a field "invented" there); every other flag exact (re-asks 4 of 4), naming 4 of 4
  "blind-cc2 (held out)": {
    flags: {
      dropout: { precision: 0.8 },
      stale: { recall: 0.75 },
      drift: { recall: 0.75, fpRateClean: 0.063 },
    },
  },
  // development (fifty-second session, blind/cc-authoring/SPLIT.md; as cc2): measured unread when delivered on main
  // ea5adccf: 8 of 12 drifts found, no false alarm, three abstentions; every other flag exact (re-asks 4 of 4, stale 3 of
  // 3), naming 4 of 5
  "blind-cc1 (dev)": {
    naming: 0.8,
    flags: {
      drift: { recall: 0.666, coverage: 0.906 },
    },
  },
  // held out (fifty-third session, blind/ce-authoring/SPLIT.md; cd's kit): measured unread when delivered (summary rows
  // only; main 85e95412): 6 of 12 drifts found, no false alarm; every other flag exact (re-asks 4 of 4, stale 4 of 4),
  // naming 5 of 5
  "blind-ce2 (held out)": {
    flags: {
      drift: { recall: 0.5 },
    },
  },
  // development (fifty-third session, blind/ce-authoring/SPLIT.md; as ce2): measured unread when delivered on main
  // 85e95412: 5 of 12 drifts found, two false alarms (one on a clean conversation), one abstention; every other flag
  // exact (re-asks 3 of 3, stale 3 of 3), naming 4 of 4
  "blind-ce1 (dev)": {
    flags: {
      drift: { recall: 0.416, precision: 0.714, fpRateClean: 0.067 },
    },
  },
  // held out (fifty-third session, blind/cf-authoring/SPLIT.md; as ce2): measured unread when delivered (summary rows
  // only; main 85e95412): 5 of 12 drifts found, no false alarm, one abstention; every other flag exact (re-asks 4 of 4,
  // stale 4 of 4), naming 5 of 5
  "blind-cf2 (held out)": {
    flags: {
      drift: { recall: 0.416 },
    },
  },
  // development (fifty-third session, blind/cf-authoring/SPLIT.md; as ce2): measured unread when delivered on main
  // 85e95412: 9 of 12 drifts found, one false alarm on a clean conversation; every other flag exact (re-asks 4 of 4,
  // stale 3 of 3), naming 5 of 5
  "blind-cf1 (dev)": {
    flags: {
      drift: { recall: 0.75, fpRateClean: 0.063 },
    },
  },
  // held out (fifty-sixth session, blind/ck-authoring/SPLIT.md; as cj2): measured unread when delivered (summary rows
  // only; main fd695c84): 6 of 12 drifts found, one false alarm (on a clean conversation), one abstention; dropout 5 of 5
  // with one false alarm (not on a clean conversation; naming 5 of 5, one field reported in a conversation without
  // dropout); re-asks 4 of 4, stale 3 of 3
  "blind-ck2 (held out)": {
    flags: {
      dropout: { precision: 0.833 },
      drift: { recall: 0.5, fpRateClean: 0.063 },
    },
  },
  // development (fifty-sixth session, blind/ck-authoring/SPLIT.md; as ck2): measured unread when delivered on main
  // fd695c84: 8 of 12 drifts found, no false alarm, one abstention; every other flag exact (re-asks 4 of 4, dropout 4 of 4,
  // stale 4 of 4), naming 5 of 5
  "blind-ck1 (dev)": {
    flags: {
      drift: { recall: 0.666 },
    },
  },
  // held out (sixty-second session, blind/dh-authoring/SPLIT.md; as dg2): measured unread when delivered (summary rows
  // only; main b8ba4967): 10 of 12 drifts found, no false alarm; every other flag exact (dropout 4 of 4, re-asks 4 of 4,
  // stale 3 of 3), naming 6 of 6
  "blind-dh2 (held out)": {
    flags: {
      drift: { recall: 0.833 },
    },
  },
  // development (sixty-second session, blind/dh-authoring/SPLIT.md; as dg1): measured unread when delivered on main
  // b01006e8: 7 of 12 drifts found, no false alarm; every other flag exact (dropout 4 of 4, re-asks 4 of 4, stale 3 of
  // 3), naming 5 of 5
  "blind-dh1 (dev)": {
    flags: {
      drift: { recall: 0.583 },
    },
  },
  // held out (sixty-second session, blind/dg-authoring/SPLIT.md; as df2): measured unread when delivered (summary rows
  // only; main 91c51694): 8 of 12 drifts found (one abstention), no false alarm; re-asks 4 of 4 with one false alarm on
  // a clean conversation (the count exact on 31 of 32); every other flag exact (dropout 4 of 4, stale 3 of 3), naming 4 of 4
  "blind-dg2 (held out)": {
    flags: {
      drift: { recall: 0.666 },
      reask: { precision: 0.8, fpRateClean: 0.063 },
    },
  },
  // development (sixty-second session, blind/dg-authoring/SPLIT.md; as dg2): measured unread when delivered on main
  // 91c51694: 8 of 12 drifts found (two abstentions), one false alarm (not on a clean conversation); re-asks 4 of 4 with
  // one false alarm (not on a clean conversation; the count exact on 31 of 32); every other flag exact (dropout 4 of 4,
  // stale 4 of 4), naming 5 of 5
  "blind-dg1 (dev)": {
    flags: {
      drift: { recall: 0.666, precision: 0.888 },
      reask: { precision: 0.8 },
    },
  },
  // held out (sixty-second session, blind/df-authoring/SPLIT.md; as de2): measured unread when delivered (summary rows
  // only; main 64c94bb9): 10 of 12 drifts found (one abstention), no false alarm; dropout 4 of 5 with no false alarm,
  // naming 5 of 7; every other flag exact (re-asks 4 of 4, stale 3 of 3)
  "blind-df2 (held out)": {
    flags: {
      drift: { recall: 0.833 },
      dropout: { recall: 0.8 },
    },
    naming: 0.714,
  },
  // development (sixty-second session, blind/df-authoring/SPLIT.md; as df2): measured unread when delivered on main
  // 64c94bb9: 7 of 12 drifts found, one false alarm (not on a clean conversation); every other flag exact (dropout 4 of
  // 4, re-asks 4 of 4, stale 4 of 4), naming 7 of 7
  "blind-df1 (dev)": {
    flags: {
      drift: { recall: 0.583, precision: 0.875 },
    },
  },
  // held out (sixty-second session, blind/de-authoring/SPLIT.md; as dd2): measured unread when delivered (summary rows
  // only; main c03ea24e): 7 of 12 drifts found (one abstention), no false alarm; dropout 3 of 4 with no false alarm,
  // naming 3 of 4; every other flag exact (re-asks 4 of 4, stale 4 of 4)
  "blind-de2 (held out)": {
    flags: {
      drift: { recall: 0.583 },
      dropout: { recall: 0.75 },
    },
    naming: 0.75,
  },
  // development (sixty-second session, blind/de-authoring/SPLIT.md; as de2): measured unread when delivered on main
  // c03ea24e: 8 of 12 drifts found, one false alarm on a clean conversation; stale 3 of 3 with one false alarm on a
  // clean conversation; every other flag exact (dropout 4 of 4, re-asks 4 of 4), naming 5 of 5
  "blind-de1 (dev)": {
    flags: {
      drift: { recall: 0.666, precision: 0.888, fpRateClean: 0.063 },
      stale: { precision: 0.75, fpRateClean: 0.063 },
    },
  },
  // held out (sixty-second session, blind/dd-authoring/SPLIT.md; as dc2): measured unread when delivered (summary rows
  // only; main c03ea24e): 7 of 12 drifts found (two abstentions), one false alarm (not on a clean conversation); every
  // other flag exact (dropout 4 of 4, re-asks 5 of 5, stale 3 of 3), naming 4 of 4
  "blind-dd2 (held out)": {
    flags: {
      drift: { recall: 0.583, precision: 0.875 },
    },
  },
  // development (sixty-second session, blind/dd-authoring/SPLIT.md; as dd2): measured unread when delivered on main
  // c03ea24e: 7 of 12 drifts found, two false alarms on clean conversations; every other flag exact (dropout 4 of 4,
  // re-asks 4 of 4, stale 3 of 3), naming 5 of 5
  "blind-dd1 (dev)": {
    flags: {
      drift: { recall: 0.583, precision: 0.777, fpRateClean: 0.125 },
    },
  },
  // held out (sixty-first session, blind/dc-authoring/SPLIT.md; as db2): measured unread when delivered (summary rows
  // only; main 9c689acf): 9 of 12 drifts found, one false alarm on a clean conversation; every other flag exact
  // (dropout 3 of 3, re-asks 4 of 4, stale 3 of 3), naming 4 of 4
  "blind-dc2 (held out)": {
    flags: {
      drift: { recall: 0.75, precision: 0.9, fpRateClean: 0.063 },
    },
  },
  // development (sixty-first session, blind/dc-authoring/SPLIT.md; as dc2): measured unread when delivered on main
  // 9c689acf: 7 of 12 drifts found (one abstention), no false alarm; every other flag exact (dropout 4 of 4, re-asks 4
  // of 4, stale 4 of 4), naming 4 of 4
  "blind-dc1 (dev)": {
    flags: {
      drift: { recall: 0.583 },
    },
  },
  // held out (sixty-first session, blind/db-authoring/SPLIT.md; as da2): measured unread when delivered (summary rows
  // only; main 00361594): 9 of 12 drifts found, no false alarm; re-asks 4 of 4 with one false alarm on a clean
  // conversation (the count exact on 31 of 32); every other flag exact (dropout 4 of 4, stale 4 of 4), naming 6 of 6
  "blind-db2 (held out)": {
    flags: {
      drift: { recall: 0.75 },
      reask: { precision: 0.8, fpRateClean: 0.063 },
    },
  },
  // development (sixty-first session, blind/db-authoring/SPLIT.md; as db2): measured unread when delivered on main
  // 00361594: 9 of 12 drifts found (one abstention), no false alarm; every other flag exact (dropout 4 of 4, re-asks 3
  // of 3, stale 3 of 3), naming 5 of 5
  "blind-db1 (dev)": {
    flags: {
      drift: { recall: 0.75 },
    },
  },
  // held out (sixty-first session, blind/da-authoring/SPLIT.md; as cz2): measured unread when delivered (summary rows
  // only; main 3e7ac1a9): 6 of 12 drifts found (one abstention), no false alarm; stale 3 of 4 with one false alarm on a
  // clean conversation; every other flag exact (dropout 4 of 4, re-asks 4 of 4), naming 6 of 6
  "blind-da2 (held out)": {
    flags: {
      drift: { recall: 0.5 },
      stale: { recall: 0.75, precision: 0.75, fpRateClean: 0.063 },
    },
  },
  // development (sixty-first session, blind/da-authoring/SPLIT.md; as da2): measured unread when delivered on main
  // 3e7ac1a9: 6 of 12 drifts found, no false alarm; re-asks 4 of 4 with one false alarm on a clean conversation (the
  // count exact on 31 of 32); every other flag exact (dropout 3 of 3, stale 3 of 3), naming 3 of 3
  "blind-da1 (dev)": {
    flags: {
      drift: { recall: 0.5 },
      reask: { precision: 0.8, fpRateClean: 0.063 },
    },
  },
  // held out (sixty-first session, blind/cz-authoring/SPLIT.md; as cy2): measured unread when delivered (summary rows
  // only; main b3ad9380): 8 of 12 drifts found, one false alarm on a clean conversation; stale 4 of 4 with one false
  // alarm on a clean conversation; every other flag exact (dropout 4 of 4, re-asks 4 of 4), naming 4 of 4
  "blind-cz2 (held out)": {
    flags: {
      drift: { recall: 0.666, precision: 0.888, fpRateClean: 0.063 },
      stale: { precision: 0.8, fpRateClean: 0.063 },
    },
  },
  // development (sixty-first session, blind/cz-authoring/SPLIT.md; as cz2): measured unread when delivered on main
  // b3ad9380: 7 of 12 drifts found, one false alarm on a clean conversation; dropout 4 of 4 with one false alarm on a
  // clean conversation; stale 3 of 4; re-asks 4 of 4; naming 4 of 4
  "blind-cz1 (dev)": {
    flags: {
      drift: { recall: 0.583, precision: 0.875, fpRateClean: 0.063 },
      dropout: { precision: 0.8, fpRateClean: 0.063 },
      stale: { recall: 0.75 },
    },
  },
  // held out (sixtieth session, blind/cy-authoring/SPLIT.md; as cx2): measured unread when delivered (summary rows
  // only; main a6929cd7): 8 of 12 drifts found, one false alarm on a clean conversation; every other flag exact (dropout
  // 4 of 4, re-asks 4 of 4, stale 3 of 3), naming 6 of 6
  "blind-cy2 (held out)": {
    flags: {
      drift: { recall: 0.666, precision: 0.888, fpRateClean: 0.063 },
    },
  },
  // development (sixtieth session, blind/cy-authoring/SPLIT.md; as cy2): measured unread when delivered on main
  // a6929cd7: 5 of 12 drifts found, one false alarm on a clean conversation; dropout 3 of 4; every other flag exact
  // (re-asks 4 of 4, stale 3 of 3), naming 5 of 6
  "blind-cy1 (dev)": {
    flags: {
      drift: { recall: 0.416, precision: 0.833, fpRateClean: 0.063 },
      dropout: { recall: 0.75 },
    },
    naming: 0.833,
  },
  // held out (sixtieth session, blind/cx-authoring/SPLIT.md; as cw2): measured unread when delivered (summary rows
  // only; main 28d5b2ab): 6 of 12 drifts found, one false alarm on a clean conversation; re-asks 4 of 5; every other flag
  // exact (dropout 4 of 4, stale 4 of 4), naming 4 of 4
  "blind-cx2 (held out)": {
    flags: {
      drift: { recall: 0.5, precision: 0.857, fpRateClean: 0.063 },
      reask: { recall: 0.8 },
    },
  },
  // development (sixtieth session, blind/cx-authoring/SPLIT.md; as cx2): measured unread when delivered on main
  // 28d5b2ab: 9 of 12 drifts found, one false alarm on a clean conversation; re-asks 5 of 5 with one false alarm on a
  // clean conversation; stale 4 of 4 with one false alarm on a clean conversation; dropout 4 of 4; naming 9 of 11
  "blind-cx1 (dev)": {
    flags: {
      drift: { recall: 0.75, precision: 0.9, fpRateClean: 0.063 },
      reask: { precision: 0.833, fpRateClean: 0.063 },
      stale: { precision: 0.8, fpRateClean: 0.063 },
    },
    naming: 0.818,
  },
  // held out (sixtieth session, blind/cw-authoring/SPLIT.md; as cv2): measured unread when delivered (summary rows
  // only; main e0762180): 8 of 12 drifts found, one false alarm on a clean conversation, one abstention; dropout 3 of 4;
  // re-asks 5 of 5 with one false alarm on a clean conversation; stale 3 of 3; naming 4 of 5
  "blind-cw2 (held out)": {
    flags: {
      drift: { recall: 0.666, precision: 0.888, fpRateClean: 0.063 },
      dropout: { recall: 0.75 },
      reask: { precision: 0.833, fpRateClean: 0.063 },
    },
    naming: 0.8,
  },
  // development (sixtieth session, blind/cw-authoring/SPLIT.md; as cw2): measured unread when delivered on main
  // e0762180: 8 of 12 drifts found, one false alarm (not on a clean conversation); every other flag exact (dropout 4 of
  // 4, re-asks 5 of 5, stale 4 of 4), naming 4 of 4
  "blind-cw1 (dev)": {
    flags: {
      drift: { recall: 0.666, precision: 0.888 },
    },
  },
  // held out (sixtieth session, blind/cv-authoring/SPLIT.md; as cu2): measured unread when delivered (summary rows
  // only; main e0762180): 6 of 12 drifts found, no false alarm, one abstention; stale 3 of 4; every other flag exact
  // (dropout 4 of 4, re-asks 4 of 4), naming 5 of 5
  "blind-cv2 (held out)": {
    flags: {
      drift: { recall: 0.5 },
      stale: { recall: 0.75 },
    },
  },
  // development (sixtieth session, blind/cv-authoring/SPLIT.md; as cv2): measured unread when delivered (scorers of
  // main e2cdf7e0, the same at 4abdf3c9 and at e0762180): 5 of 12 drifts found, one false alarm on a clean conversation;
  // every other flag exact (dropout 4 of 4, re-asks 4 of 4, stale 3 of 3), naming 4 of 4
  "blind-cv1 (dev)": {
    flags: {
      drift: { recall: 0.416, precision: 0.833, fpRateClean: 0.063 },
    },
  },
  // held out (sixtieth session, blind/cu-authoring/SPLIT.md; as ct2): measured unread when delivered (summary rows
  // only; main e2cdf7e0): 7 of 12 drifts found, no false alarm; dropout 3 of 4; every other flag exact (re-asks 4 of 4,
  // stale 4 of 4), naming 3 of 4
  "blind-cu2 (held out)": {
    flags: {
      drift: { recall: 0.583 },
      dropout: { recall: 0.75 },
    },
    naming: 0.75,
  },
  // development (sixtieth session, blind/cu-authoring/SPLIT.md; as cu2): measured unread when delivered on main
  // e2cdf7e0: 6 of 12 drifts found, no false alarm, one abstention; re-asks 5 of 5 with one false alarm on a clean
  // conversation; every other flag exact (dropout 4 of 4, stale 4 of 4), naming 5 of 5
  "blind-cu1 (dev)": {
    flags: {
      drift: { recall: 0.5 },
      reask: { precision: 0.833, fpRateClean: 0.063 },
    },
  },
  // held out (fifty-ninth session, blind/ct-authoring/SPLIT.md; as cs2): measured unread when delivered (summary rows
  // only; main 33636106): 7 of 12 drifts found, one false alarm (not on a clean conversation); every other flag exact
  // (dropout 3 of 3, re-asks 3 of 3, stale 3 of 3), naming 3 of 3
  "blind-ct2 (held out)": {
    flags: {
      drift: { recall: 0.583 },
    },
  },
  // development (fifty-ninth session, blind/ct-authoring/SPLIT.md; as ct2): measured unread when delivered on main
  // 33636106: 6 of 12 drifts found, one false alarm (not on a clean conversation); every other flag exact (dropout 4 of
  // 4, re-asks 4 of 4, stale 4 of 4), naming 4 of 4
  "blind-ct1 (dev)": {
    flags: {
      drift: { recall: 0.5 },
    },
  },
  // held out (fifty-ninth session, blind/cs-authoring/SPLIT.md; as cr2): measured unread when delivered (summary rows
  // only; main 38f4e1aa): 6 of 12 drifts found, three false alarms (two on clean conversations), one abstention; stale
  // 3 of 4; every other flag exact (dropout 4 of 4, re-asks 4 of 4), naming 4 of 4
  "blind-cs2 (held out)": {
    flags: {
      stale: { recall: 0.75 },
      drift: { recall: 0.5, fpRateClean: 0.125 },
    },
  },
  // development (fifty-ninth session, blind/cs-authoring/SPLIT.md; as cs2): measured unread when delivered on main
  // 38f4e1aa: 7 of 12 drifts found, no false alarm; every other flag exact (dropout 5 of 5, re-asks 5 of 5, stale 4 of
  // 4), naming 6 of 6
  "blind-cs1 (dev)": {
    flags: {
      drift: { recall: 0.583 },
    },
  },
  // held out (fifty-ninth session, blind/cr-authoring/SPLIT.md; as cq2): measured unread when delivered (summary rows
  // only; main 8fdebad9): 7 of 12 drifts found, one false alarm (on a clean conversation), one abstention; dropout 4 of 4
  // with one false alarm (not on a clean conversation); every other flag exact (re-asks 4 of 4, stale 3 of 3), naming 4 of 4
  "blind-cr2 (held out)": {
    flags: {
      dropout: { precision: 0.8 },
      drift: { recall: 0.583, fpRateClean: 0.063 },
    },
  },
  // development (fifty-ninth session, blind/cr-authoring/SPLIT.md; as cr2): measured unread when delivered on main
  // 8fdebad9: 10 of 12 drifts found, two false alarms (one on a clean conversation); every other flag exact (dropout 4 of 4,
  // re-asks 4 of 4, stale 3 of 3), naming 5 of 5
  "blind-cr1 (dev)": {
    flags: {
      drift: { recall: 0.833, fpRateClean: 0.063 },
    },
  },
  // held out (fifty-eighth session, blind/cq-authoring/SPLIT.md; as cp2): measured unread when delivered (summary rows
  // only; main 3c2231a9): 6 of 12 drifts found, no false alarm; stale 2 of 3 with one false alarm on a clean
  // conversation; every other flag exact (re-asks 4 of 4, dropout 4 of 4), naming 4 of 4
  "blind-cq2 (held out)": {
    flags: {
      stale: { precision: 0.666, recall: 0.666, fpRateClean: 0.063 },
      drift: { recall: 0.5 },
    },
  },
  // development (fifty-eighth session, blind/cq-authoring/SPLIT.md; as cq2): measured unread when delivered on main
  // 3c2231a9: 5 of 12 drifts found, no false alarm; dropout 4 of 4 with one false alarm on a clean conversation (a
  // tool's "oak-small" read as a plate value); stale 2 of 3; re-asks 4 of 4, naming 4 of 4. Since hyphenPhrase,
  // holdUntil and the catalogue-key reading (the same session): drift 7 of 12, dropout exact
  "blind-cq1 (dev)": {
    flags: {
      stale: { recall: 0.666 },
      drift: { recall: 0.583 },
    },
  },
  // held out (fifty-eighth session, blind/cp-authoring/SPLIT.md; as co2): measured unread when delivered (summary rows
  // only; main facc1162): 9 of 12 drifts found, one false alarm (on a clean conversation); dropout 5 of 5 with one false
  // alarm (not on a clean conversation); every other flag exact (re-asks 4 of 4, stale 4 of 4), naming 7 of 7
  "blind-cp2 (held out)": {
    flags: {
      dropout: { precision: 0.833 },
      drift: { precision: 0.9, recall: 0.75, fpRateClean: 0.063 },
    },
  },
  // development (fifty-eighth session, blind/cp-authoring/SPLIT.md; as cp2): measured unread when delivered on main
  // facc1162: 8 of 12 drifts found, two false alarms on clean conversations, two abstentions (one on a drift); dropout
  // 3 of 4, naming 4 of 5; stale 2 of 3; re-asks 4 of 4. Its two false alarms are gone since whateverChoice and
  // commaValue (the same session), which the drift floor now holds
  "blind-cp1 (dev)": {
    naming: 0.8,
    flags: {
      dropout: { recall: 0.75 },
      stale: { recall: 0.666 },
      drift: { recall: 0.666 },
    },
  },
  // held out (fifty-seventh session, blind/co-authoring/SPLIT.md; as cn2): measured unread when delivered (summary rows
  // only; main adde2be8): 7 of 12 drifts found, no false alarm, one abstention; stale 3 of 3 with one false alarm (not on
  // a clean conversation); every other flag exact (re-asks 4 of 4, dropout 4 of 4), naming 4 of 4
  "blind-co2 (held out)": {
    flags: {
      stale: { precision: 0.75 },
      drift: { recall: 0.583 },
    },
  },
  // development (fifty-seventh session, blind/co-authoring/SPLIT.md; as co2): measured unread when delivered on main
  // adde2be8: 9 of 12 drifts found, no false alarm; every other flag exact (re-asks 4 of 4, dropout 4 of 4, stale 3 of
  // 3), naming 5 of 5
  "blind-co1 (dev)": {
    flags: {
      drift: { recall: 0.75 },
    },
  },
  // held out (fifty-seventh session, blind/cn-authoring/SPLIT.md; as cm2): measured unread when delivered (summary rows
  // only; main ded97659): 7 of 12 drifts found, no false alarm; dropout 3 of 4 (its author's note: one dropout is a
  // state key whose value the summary's text names), naming 3 of 4; every other flag exact (re-asks 4 of 4, stale 3 of 3)
  "blind-cn2 (held out)": {
    naming: 0.75,
    flags: {
      dropout: { recall: 0.75 },
      drift: { recall: 0.583 },
    },
  },
  // development (fifty-seventh session, blind/cn-authoring/SPLIT.md; as cn2): measured unread when delivered on main
  // ded97659: 9 of 12 drifts found, two false alarms (one on a clean conversation); every other flag exact (re-asks
  // 4 of 4, dropout 4 of 4, stale 3 of 3), naming 4 of 4
  "blind-cn1 (dev)": {
    flags: {
      drift: { precision: 0.818, recall: 0.75, fpRateClean: 0.063 },
    },
  },
  // held out (fifty-seventh session, blind/cm-authoring/SPLIT.md; as cl2): measured unread when delivered (summary rows
  // only; main a98adf8a): 7 of 12 drifts found, no false alarm, one abstention; stale 3 of 3 with one false alarm on a
  // clean conversation; every other flag exact (re-asks 4 of 4, dropout 4 of 4), naming 4 of 4
  "blind-cm2 (held out)": {
    flags: {
      stale: { precision: 0.75, fpRateClean: 0.063 },
      drift: { recall: 0.583 },
    },
  },
  // development (fifty-seventh session, blind/cm-authoring/SPLIT.md; as cm2): measured unread when delivered on main
  // a98adf8a: 10 of 12 drifts found, no false alarm; re-asks 5 of 5 with one false alarm (not on a clean conversation:
  // the customer gives the dropped email again unasked, which its author counted as no re-ask, README-cm1.md); stale
  // 2 of 3; dropout 4 of 4, naming 4 of 4
  "blind-cm1 (dev)": {
    flags: {
      reask: { precision: 0.833 },
      stale: { recall: 0.666 },
      drift: { recall: 0.833 },
    },
  },
  // held out (fifty-seventh session, blind/cl-authoring/SPLIT.md; as ck2): measured unread when delivered (summary rows
  // only; main f2aa565f): 9 of 12 drifts found, no false alarm, one abstention; every other flag exact (re-asks 3 of 3,
  // dropout 3 of 3, stale 3 of 3), naming 3 of 3
  "blind-cl2 (held out)": {
    flags: {
      drift: { recall: 0.75 },
    },
  },
  // development (fifty-seventh session, blind/cl-authoring/SPLIT.md; as cl2): measured unread when delivered on main
  // f2aa565f: 9 of 12 drifts found, no false alarm; stale 2 of 3 with one false alarm on a clean conversation (a
  // count said of the result's thing in other words, "64 portraits" for `drawings: 64`, not read; a maker's name and a
  // day from an old availability result restated after the customer picked the day); re-asks 4 of 4, dropout 4 of 4,
  // naming 4 of 4
  "blind-cl1 (dev)": {
    flags: {
      stale: { precision: 0.666, recall: 0.666, fpRateClean: 0.063 },
      drift: { recall: 0.75 },
    },
  },
  // held out (fifty-sixth session, blind/cj-authoring/SPLIT.md; as ci2): measured unread when delivered (summary rows
  // only; main b096c7c8): 11 of 12 drifts found, one false alarm (on a clean conversation), one abstention; every other
  // flag exact (re-asks 4 of 4, dropout 4 of 4, stale 3 of 3)
  "blind-cj2 (held out)": {
    flags: {
      drift: { fpRateClean: 0.063 },
    },
  },
  // development (fifty-sixth session, blind/cj-authoring/SPLIT.md; as cj2): measured unread when delivered on main
  // b096c7c8: 8 of 12 drifts found, no false alarm; dropout 5 of 5 with one false alarm, the card ending its author
  // wrote in a tool result and named as a possible hidden dropout (README-cj1.md); naming 5 of 5; re-asks 4 of 4, stale 3 of 3
  "blind-cj1 (dev)": {
    flags: {
      dropout: { precision: 0.833 },
      drift: { recall: 0.666 },
    },
  },
  // held out (fifty-fifth session, blind/ci-authoring/SPLIT.md; as ch2): measured unread when delivered (summary rows
  // only; main f11de3ee): 9 of 12 drifts found, no false alarm; dropout 3 of 3 and stale 3 of 3, each with one false
  // alarm on a clean conversation (naming 3 of 3, one field reported in a conversation without dropout); re-asks 3 of 3
  "blind-ci2 (held out)": {
    flags: {
      dropout: { precision: 0.75, fpRateClean: 0.063 },
      stale: { precision: 0.75, fpRateClean: 0.063 },
      drift: { recall: 0.75 },
    },
  },
  // development (fifty-fifth session, blind/ci-authoring/SPLIT.md; as ci2): measured unread when delivered on main
  // f11de3ee: 5 of 12 drifts found, two false alarms, both on clean conversations; naming 4 of 5; every other flag exact
  // (re-asks 4 of 4, dropout 4 of 4, stale 4 of 4)
  "blind-ci1 (dev)": {
    naming: 0.8,
    flags: {
      drift: { recall: 0.416, precision: 0.714, fpRateClean: 0.125 },
    },
  },
  // held out (fifty-fifth session, blind/ch-authoring/SPLIT.md; as cg2): measured unread when delivered (summary rows
  // only; main 9e2f9e19): 5 of 12 drifts found, one false alarm (on a clean conversation); every other flag exact
  // (re-asks 5 of 5, dropout 4 of 4, stale 3 of 3), naming 4 of 4
  "blind-ch2 (held out)": {
    flags: {
      drift: { recall: 0.416, precision: 0.833, fpRateClean: 0.063 },
    },
  },
  // development (fifty-fifth session, blind/ch-authoring/SPLIT.md; as ch2): measured unread when delivered on main
  // 9e2f9e19: 6 of 12 drifts found, two false alarms (one on a clean conversation); every other flag exact (re-asks 6
  // of 6, dropout 3 of 3, stale 4 of 4), naming 3 of 3
  "blind-ch1 (dev)": {
    flags: {
      drift: { recall: 0.5, precision: 0.75, fpRateClean: 0.063 },
    },
  },
  // held out (fifty-fourth session, blind/cg-authoring/SPLIT.md; as ce2): measured unread when delivered (summary rows
  // only; main bdb43c8f): 9 of 12 drifts found, no false alarm; stale 3 of 4; every other flag exact (re-asks 4 of 4,
  // dropout 4 of 4), naming 4 of 4
  "blind-cg2 (held out)": {
    flags: {
      stale: { recall: 0.75 },
      drift: { recall: 0.75 },
    },
  },
  // development (fifty-fourth session, blind/cg-authoring/SPLIT.md; as cg2): measured unread when delivered on main
  // bdb43c8f: 7 of 12 drifts found, three false alarms, all on clean conversations; dropout 4 of 5 with three false
  // alarms (one on a clean conversation), naming 4 of 5; every other flag exact (re-asks 4 of 4, stale 4 of 4)
  "blind-cg1 (dev)": {
    naming: 0.8,
    flags: {
      dropout: { recall: 0.8, precision: 0.571, fpRateClean: 0.063 },
      drift: { recall: 0.583, precision: 0.7, fpRateClean: 0.188 },
    },
  },
  // held out (fifty-second session, blind/cd-authoring/SPLIT.md; as ca2): measured unread when delivered (summary rows
  // only; main ea5adccf): 8 of 12 drifts found, one false alarm (not on clean), one abstention; dropout 3 of 4 (naming 3
  // of 4); every other flag exact (re-asks 4 of 4, stale 4 of 4)
  "blind-cd2 (held out)": {
    naming: 0.75,
    flags: {
      dropout: { recall: 0.75 },
      drift: { recall: 0.666 },
    },
  },
  // development (fifty-second session, blind/cd-authoring/SPLIT.md; as cd2): measured unread when delivered on main
  // ea5adccf: 5 of 12 drifts found, one false alarm on a clean conversation ("Did my email come through?" read as a part
  // lost), one abstention; stale 2 of 3 with one false alarm on a clean conversation; every other flag exact (re-asks 4
  // of 4), naming 4 of 4
  "blind-cd1 (dev)": {
    flags: {
      stale: { precision: 0.666, recall: 0.666, fpRateClean: 0.063 },
      drift: { recall: 0.416, fpRateClean: 0.063 },
    },
  },
  // held out (fifty-second session, blind/ca-authoring/SPLIT.md; as bz2): measured unread when delivered (summary rows
  // only; main 42d153ca, and identical with a scratch rule of the session on and off): 7 of 12 drifts found, three false
  // alarms on clean conversations (its author's README names three changes of mind labelled clean); every other flag
  // exact (re-asks 4 of 4, stale 4 of 4), naming 6 of 6
  "blind-ca2 (held out)": {
    flags: {
      drift: { recall: 0.583, precision: 0.7, fpRateClean: 0.188 },
    },
  },
  // development (fifty-second session, blind/ca-authoring/SPLIT.md; as ca2): measured unread when delivered on main
  // 42d153ca: 9 of 12 drifts found, no false alarm; stale 2 of 3 (3 of 3 since a percent sign is read beside a key
  // naming a percentage: floor removed); every other flag exact (re-asks 4 of 4), naming 4 of 4
  "blind-ca1 (dev)": {
    flags: {
      drift: { recall: 0.75 },
    },
  },
  // held out (fifty-second session, blind/cb-authoring/SPLIT.md: about 6 stale uses each, some carried in a payload):
  // measured unread when delivered (summary rows only; main 42d153ca): 5 of 12 drifts found, one false alarm (not on a
  // clean conversation); stale 6 of 6; every other flag exact (re-asks 3 of 3), naming 3 of 3
  "blind-cb2 (held out)": {
    flags: {
      drift: { recall: 0.416, precision: 0.833 },
    },
  },
  // development (fifty-second session, blind/cb-authoring/SPLIT.md; as cb2): measured unread when delivered on main
  // 42d153ca: 5 of 12 drifts found, no false alarm; stale 6 of 6; every other flag exact (re-asks 5 of 5), naming 4 of 4
  // (6 of 12 since rule addressValue: a postcode after the pallet collection names no thing of it)
  "blind-cb1 (dev)": {
    flags: {
      drift: { recall: 0.5 },
    },
  },
  // held out (fifty-first session, blind/bz-authoring/SPLIT.md; as by2): measured unread when delivered (summary rows
  // only; main 554b552c, and identical with guarantees, refusedGoAhead, endedActDone and rushed off): 8 of 12 drifts
  // found, one abstention, no false alarm; one dropout false alarm (not on a clean conversation, a field "invented"
  // there), stale 2 of 4; every other flag exact (re-asks 4 of 4), naming 4 of 4
  "blind-bz2 (held out)": {
    flags: {
      dropout: { precision: 0.8 },
      stale: { recall: 0.5 },
      drift: { recall: 0.666, coverage: 0.96 },
    },
  },
  // development (fifty-first session, blind/bz-authoring/SPLIT.md; as bz2): measured unread when delivered on main
  // 554b552c (identical with the session's four rules off): 5 of 12 drifts found, one false alarm on a clean
  // conversation, one abstention; every other flag exact (re-asks 4 of 4, stale 4 of 4), naming 5 of 5
  "blind-bz1 (dev)": {
    flags: {
      drift: { recall: 0.416, precision: 0.833, fpRateClean: 0.063, coverage: 0.96 },
    },
  },
  // held out (fifty-first session, blind/by-authoring/SPLIT.md; as bx2): measured unread when delivered (summary rows
  // only; main bd7ff046, and identical with guarantees, refusedGoAhead, endedActDone and rushed off): 8 of 12 drifts
  // found, one abstention, no false alarm; dropout 3 of 4 (naming 3 of 4), stale 2 of 4 (its author's README: in both
  // the old value reached the final agent in a handoff's payload); every other flag exact (re-asks 5 of 5)
  "blind-by2 (held out)": {
    flags: {
      dropout: { recall: 0.75 },
      stale: { recall: 0.5 },
      drift: { recall: 0.666, coverage: 0.96 },
    },
    naming: 0.75,
  },
  // development (fifty-first session, blind/by-authoring/SPLIT.md; as by2): measured unread when delivered on main
  // bd7ff046 (identical with the session's four rules off): 9 of 12 drifts found, one false alarm on a clean
  // conversation; every other flag exact (re-asks 4 of 4, stale 4 of 4), naming 5 of 5
  "blind-by1 (dev)": {
    flags: {
      drift: { recall: 0.75, precision: 0.9, fpRateClean: 0.063 },
    },
  },
  // held out (fifty-first session, blind/bx-authoring/SPLIT.md; as bw2): measured unread when delivered (summary rows
  // only; main b3ab0a24): 6 of 12 drifts found, one abstention, no false alarm; every other flag exact (re-asks 3 of 3,
  // stale 2 of 2), naming 4 of 4
  "blind-bx2 (held out)": {
    flags: {
      drift: { recall: 0.5, coverage: 0.96 },
    },
  },
  // development (fifty-first session, blind/bx-authoring/SPLIT.md; as bx2): measured unread when delivered on main
  // b3ab0a24: 7 of 12 drifts found, one false alarm on a clean conversation; dropout 3 of 4 (naming 4 of 5); every other
  // flag exact (re-asks 4 of 4)
  "blind-bx1 (dev)": {
    flags: {
      dropout: { recall: 0.75 },
      drift: { recall: 0.58, precision: 0.875, fpRateClean: 0.059 },
    },
    naming: 0.8,
  },
  // held out (fifty-first session, blind/bw-authoring/SPLIT.md; as bv2): measured unread when delivered (summary rows
  // only; main 2bf8f33a, and identical with guarantees and refusedGoAhead on): 10 of 12 drifts found, no false alarm, no
  // abstention; two dropout false alarms (not on clean conversations, two fields "invented" there); every other flag
  // exact (re-asks 4 of 4, stale 3 of 3), naming 3 of 3
  "blind-bw2 (held out)": {
    flags: {
      dropout: { precision: 0.6 },
      drift: { recall: 0.833 },
    },
  },
  // development (fifty-first session, blind/bw-authoring/SPLIT.md; as bw2): measured unread when delivered on main
  // 2bf8f33a (identical with guarantees and refusedGoAhead on): 6 of 12 drifts found, one false alarm on a clean
  // conversation; every other flag exact (re-asks 4 of 4, stale 4 of 4), naming 6 of 6
  "blind-bw1 (dev)": {
    flags: {
      drift: { recall: 0.5, precision: 0.85, fpRateClean: 0.063 },
    },
  },
  // held out (fiftieth session, blind/bv-authoring/SPLIT.md; as bu2): measured unread when delivered (summary rows only;
  // main b30dd803, and identical with otherPerson, capsNegation, nominalStem, placing and ellipticalObject off): 8 of 12
  // drifts found, one abstention, no false alarm; every other flag exact (re-asks 5 of 5), naming 4 of 4
  "blind-bv2 (held out)": {
    flags: {
      drift: { recall: 0.666 },
    },
  },
  // development (fiftieth session, blind/bv-authoring/SPLIT.md; as bv2): measured unread when delivered on main b30dd803
  // (identical with the session's five rules off): 9 of 12 drifts found, one false alarm on a clean conversation; stale
  // 3 of 4; every other flag exact (re-asks 4 of 4), naming 5 of 5
  "blind-bv1 (dev)": {
    flags: {
      stale: { recall: 0.75 },
      drift: { recall: 0.75, precision: 0.9, fpRateClean: 0.063 },
    },
  },
  // held out (forty-ninth session, blind/bu-authoring/SPLIT.md; ordinary support traffic from a busy week): measured
  // unread when delivered (summary rows only; main 84ca4506, and identical with verbBeforePronoun and chatSpelling off):
  // 3 of 12 drifts found, no false alarm, no abstention; one dropout false alarm (not on a clean conversation, a field
  // "invented" there); every other flag exact (re-asks 4 of 4), naming 4 of 4
  "blind-bu2 (held out)": {
    flags: {
      dropout: { precision: 0.8 },
      drift: { recall: 0.25 },
    },
  },
  // development (forty-ninth session, blind/bu-authoring/SPLIT.md; as bu2; its author the second one commissioned, the
  // first having been handed no prompt text and read the kit to find it — its files unused): measured unread when delivered on main 84ca4506 (identical with verbBeforePronoun and
  // chatSpelling off): 4 of 12 drifts found, no false alarm; one dropout and one re-ask false alarm, each on a clean
  // conversation; every other flag exact, naming 5 of 5. Then read: the re-ask false alarm was an offer ("Want that
  // one?") read as asking for a state key named "want" (asks.ts WISH_KEY): re-ask exact
  "blind-bu1 (dev)": {
    flags: {
      dropout: { precision: 0.833, fpRateClean: 0.063 },
      drift: { recall: 0.333 },
    },
  },
  // held out (forty-eighth session, blind/bt-authoring/SPLIT.md; as bt1, the final interpretation a label in 24 of 32):
  // measured unread when delivered (summary rows only; main ea06d442): 6 of 12 drifts found and 4 abstentions, no false
  // alarm; dropout 3 of 4, no false alarm; every other flag exact (re-asks 4 of 4), naming 3 of 4
  "blind-bt2 (held out)": {
    flags: {
      dropout: { recall: 0.75 },
      drift: { recall: 0.5, coverage: 0.875 },
    },
    naming: 0.75,
  },
  // development (forty-eighth session, blind/bt-authoring/SPLIT.md; instrumented agents, the final interpretation a
  // taxonomy label in 25 of 32): measured unread when delivered on main ea06d442: 6 of 12 drifts found and 3 abstentions,
  // no false alarm; one dropout false alarm (not on a clean conversation); every other flag exact, naming 4 of 4
  "blind-bt1 (dev)": {
    flags: {
      dropout: { precision: 0.8 },
      drift: { recall: 0.5 },
    },
  },
  // held out (forty-sixth session, blind/bs-authoring/SPLIT.md; relays: summaries that reword the ask hop by hop, the
  // drift turning at a middle hop): measured unread when delivered (summary rows only; main 4aab718f): 3 of 12 drifts
  // found, no false alarm; stale 3 of 3 with two false alarms, both on clean conversations (2 of 16; not read); every
  // other flag exact (re-asks 4 of 4), naming 3 of 3
  "blind-bs2 (held out)": {
    flags: {
      stale: { precision: 0.6, fpRateClean: 0.125 },
      drift: { recall: 0.25 },
    },
  },
  // development (forty-sixth session, blind/bs-authoring/SPLIT.md; as bs2): measured unread when delivered on main
  // 4aab718f: 5 of 12 drifts found, two false alarms (one on a clean conversation); every other flag exact, naming 3 of 3
  "blind-bs1 (dev)": {
    flags: {
      // (0.416 → 0.583: relayDropped, "add the photo package" and "sort the minibus pick up" handed on at the first hop
      // and left out of the next)
      drift: { recall: 0.583, precision: 0.777, fpRateClean: 0.063 },
    },
  },
  // held out (forty-fifth session, blind/br-authoring/SPLIT.md; br's second pair, as br2): measured unread when delivered
  // (summary rows only; main 5630e575, and its three drift rules off: identical): 7 of 12 drifts found and one abstention
  // (by kind, aggregate: antonym 2 of 4, partial 3 of 4, topic 2 of 4), one false alarm on a clean conversation (1 of
  // 16); stale 3 of 4 (not read); every other flag exact, naming 6 of 6
  "blind-br4 (held out)": {
    flags: {
      stale: { recall: 0.75 },
      drift: { recall: 0.583, fpRateClean: 0.063 },
    },
  },
  // development (forty-fifth session, blind/br-authoring/SPLIT.md; as br4): measured unread when delivered on main
  // 5630e575 (its three drift rules off: identical): 4 of 12 drifts found and one abstention, no false alarm; every other
  // flag exact, naming 5 of 5
  "blind-br3 (dev)": {
    flags: {
      // (0.333 → 0.416: noLonger, "I don't want Oscar on Sunday's afternoon hack any more" answered "I've held on to
      // Oscar's spot"; → 0.5: relayDropped, the two extra seats handed on by triage and not by trip-booking)
      drift: { recall: 0.5 },
    },
  },
  // held out (forty-fifth session, blind/br-authoring/SPLIT.md; customers who ask indirectly: "would it be possible…",
  // "we'd rather not…", a problem left to the agent): measured unread when delivered (summary rows only; main c06413dd):
  // 3 of 12 drifts found (by kind, aggregate: antonym 2 of 4, partial 1 of 4, topic 0 of 4), one false alarm on a clean
  // conversation (1 of 16); every other flag exact (re-asks 5 of 5), naming 4 of 4
  "blind-br2 (held out)": {
    flags: {
      drift: { recall: 0.25, fpRateClean: 0.063 },
    },
  },
  // development (forty-fifth session, blind/br-authoring/SPLIT.md; as br2): measured unread when delivered on main
  // c06413dd: 10 of 12 drifts found, one false alarm (not on clean); every other flag exact, naming 3 of 3
  "blind-br1 (dev)": {
    flags: {
      // (the false alarm gone: conditionalOffer, "if rehab takes longer just message and we'll extend it"; 0.833 → 0.916:
      // additiveIdiom and proOne, "And could you re-grip my old one while your at it")
      drift: { recall: 0.916 },
    },
  },
  // development (forty-fourth session, blind/bp-authoring/SPLIT.md; customers who tell their story first): measured
  // unread when delivered on the session's start rules (main a9a85ace): 8 of 12 drifts found, one abstention (on a clean
  // conversation), no false alarm; 3 of 4 dropouts found (3 of 4 fields named), no dropout false alarm; every other flag
  // exact. Dropout 4 of 4 and naming 4 of 4 since dropout.ts `carries` (an old email handed under `email`, the new one lost)
  "blind-bp1 (dev)": {
    flags: {
      drift: { recall: 0.666 },
    },
  },
  // held out (forty-fourth session, blind/bp-authoring/SPLIT.md; customers who tell their story first): measured unread
  // when delivered (summary rows only, on the session's start rules, which were main's): 7 of 12 drifts found, one
  // abstention (by kind, aggregate: antonym 2 of 4, partial 2 of 4, topic 3 of 4), no false alarm; 2 of 4 re-asks found,
  // no re-ask false alarm; every other flag exact, naming 5 of 5
  "blind-bp2 (held out)": {
    flags: {
      reask: { recall: 0.5 },
      drift: { recall: 0.666 }, // forty-ninth session chatSpelling: 0.583 → 0.666
    },
  },
  // held out (forty-third session, blind/bn-authoring/SPLIT.md; a question set beside a request): measured unread when
  // delivered (summary rows only; with and without auxQuestion identical): 6 of 12 drifts found (by kind, aggregate:
  // antonym 3 of 4, partial 2 of 4, topic 1 of 4), no false alarm; every other flag exact, naming 4 of 4
  "blind-bn2 (held out)": {
    flags: {
      drift: { recall: 0.5 },
    },
  },
  // held out (thirty-ninth session, blind/bj-authoring/SPLIT.md; web forms): measured unread when delivered (summary rows
  // only; start rules and the session's rules then identical): 3 of 12 drifts found, one abstention, no false alarm;
  // every other flag exact
  "blind-bj2 (held out)": {
    flags: {
      drift: { recall: 0.416 }, // forty-fifth session noLonger: 0.25 → 0.333; forty-ninth chatSpelling: 0.416
    },
  },
  // held out (thirty-ninth session, blind/bj-authoring/SPLIT.md; emails quoting the thread): measured unread when
  // delivered (summary rows only; start rules and the session's rules then identical): 7 of 12 drifts found, no false
  // alarm; 4 of 4 dropouts with three dropout false alarms (one on clean); 2 of 4 re-asks found, one re-ask false alarm
  // (not on clean); every other flag exact. Fortieth session: facts.ts sentDates (a quoted email's sent date is no fact)
  // took one dropout false alarm away (not the one on clean)
  "blind-bj4 (held out)": {
    flags: {
      dropout: { precision: 0.666, fpRateClean: 0.063 },
      reask: { precision: 0.666, recall: 0.5 },
      drift: { recall: 0.583 },
    },
  },
  // held out (thirty-ninth session, blind/bj-authoring/SPLIT.md; emails quoting the thread): measured unread when
  // delivered (summary rows only; start rules and the session's rules then identical): 7 of 12 drifts found, no false
  // alarm; three re-ask false alarms, all on clean; every other flag exact
  "blind-bj7 (held out)": {
    flags: {
      reask: { precision: 0.625, fpRateClean: 0.188 },
      drift: { recall: 0.583 },
    },
  },
  // held out (thirty-eighth session, blind/bi-authoring/SPLIT.md; emails): measured unread when delivered (summary rows
  // only; start rules and the session's rules then identical): 7 of 12 drifts found, one false alarm, on clean; two re-ask
  // false alarms, both on clean; every other flag exact
  "blind-bi2 (held out)": {
    flags: {
      reask: { precision: 0.666, fpRateClean: 0.125 },
      drift: { recall: 0.583, fpRateClean: 0.063 },
    },
  },
  // held out (thirty-eighth session, blind/bh-authoring/SPLIT.md; emails): measured unread when delivered (summary rows
  // only; start rules and the session's rules then identical): 3 of 12 drifts found, one abstention, no false alarm; 2 of 3
  // dropouts found (2 of 3 fields named); one re-ask false alarm (not on clean); one stale false alarm, on clean
  "blind-bh2 (held out)": {
    flags: {
      dropout: { recall: 0.666 },
      reask: { precision: 0.8 },
      stale: { precision: 0.75, fpRateClean: 0.063 },
      drift: { recall: 0.25 },
    },
    naming: 0.666,
  },
  // held out (thirty-eighth session, blind/bh-authoring/SPLIT.md; speech-to-text calls): measured unread when delivered
  // (summary rows only; start rules and the session's rules then identical): 10 of 12 drifts found, one false alarm, on
  // clean; every other flag exact
  "blind-bh4 (held out)": {
    flags: {
      drift: { recall: 0.833 }, // (fpRateClean 0.063 → 0 in the forty-fourth session: changeUnread)
    },
  },
  // held out (thirty-sixth session, blind/bd-authoring/SPLIT.md): measured unread when delivered (summary rows only; start
  // rules and the session's rules then identical): 8 of 12 drifts found, one abstention, no false alarm; every other flag
  // exact
  "blind-bd2 (held out)": {
    flags: {
      drift: { recall: 0.666 },
    },
  },
  "blind-at3 (dev)": {
    flags: {
      drift: { recall: 0.846 },
    },
  },

  // development (twenty-eighth session, blind/ar-authoring/SPLIT.md): blind-aq2's style, long first messages; measured
  // unread at the session's start (c87d88d: 7 of 13 drifts found, 4 false alarms on its 20 clean conversations) and on
  // topRatingPart (3 false alarms), then read
  "blind-ar3 (dev)": {
    flags: {
      drift: { recall: 0.538, fpRateClean: 0.15 },
    },
  },
  // development for cause: measured unread on de3a005 it broke re-ask (2 false alarms on clean, mended by
  // asks.ts modifiedOtherwise and THINGS_OWN); its dropout miss is a delegation its author counts as a dropout
  // and SPEC §3.1's scoped sub-task reading does not
  "blind-ai2 (dev)": {
    naming: 0.857,
    flags: {
      dropout: { recall: 0.833 },
      drift: { recall: 0.75 }, // pronounObject ("we won't need our Thursday 8pm sheet … take us off it" / "kept sheet B"): 0.583 → 0.667; joinedPartReached: 0.666 → 0.75
    },
  },
  "blind-ah2 (dev)": {
    flags: {
      drift: { recall: 0.833, fpRateClean: 0.034 },
    },
  },
  // held out: the twelfth session's final untouched pair, measured on 67793d4 and df3d9b3 (summary rows only; nobody read
  // a miss; blind/y-authoring/SPLIT.md); y2 drift recall 0.417 → 0.5 between the two
  "blind-y1 (held out)": {
    flags: {
      drift: { recall: 0.25 },
    },
  },
  // (forty-fourth session: dropout recall 0.8 → 1 and naming 0.857 → 1, dropout.ts `carries`: a key holding the other of
  // two values typed in one message)
  "blind-y2 (held out)": {
    flags: {
      stale: { precision: 0.833, fpRateClean: 0.034 },
      drift: { recall: 0.5, fpRateClean: 0.034 },
    },
  },
  // held out: the eleventh session's untouched test pair, measured on 957d457 and the eleventh session's merged main,
  // identical (summary rows only; nobody read a miss; blind/u-authoring/SPLIT.md)
  "blind-u1 (held out)": {
    flags: {
      reask: { recall: 0.857 },
      drift: { recall: 0.25 },
    },
  },
  "blind-u2 (held out)": {
    flags: {
      drift: { recall: 0.666 },
    },
  },
  // held out since it was written (2026-11-29); first measured on e693240 (drift recall 0.333,
  // dropout recall and naming 0.667), these are the figures after the drift12b/drift12e round
  "blind-e (held out)": {
    flags: {
      // (dropout recall 0.833 → 1.0 and naming 0.833 → 1.0, facts19 unnamedIds, "it's WV-2231 , CT-90417": floors removed)
      drift: { recall: 0.5, fpRateClean: 0.036 },
    },
  },
};

describe.each(CORPORA.filter((c) => fs.existsSync(c.dir)))("labelled corpus $name", ({ name, dir }) => {
  it("meets every target, or holds today's figure where a target is not met yet", async () => {
    const r = await evaluateCorpus(dir);
    // 40 conversations a corpus until the thirty-second session, whose two commissions were 32 each (blind/av-authoring)
    expect(r.conversations).toBeGreaterThanOrEqual(32);
    expect(belowTargets(r, FLOORS[name])).toEqual([]);
  }, 60_000); // a 100-conversation corpus takes ~0.5 s alone and timed out at 5 s at load 20
});
