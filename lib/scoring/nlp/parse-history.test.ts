// A parse must not depend on what the parser read before (issue 12: scores a user can trust). wink-nlp
// adds every word it meets to its instance's vocabulary, and in some contexts keeps a word with its
// clitic whole ("… moved to Sunday's, and …"); once learned, "Sunday's" was tokenized whole everywhere,
// so one held-out conversation's drift verdict flipped with the corpora scored before it (docs/evaluation.md,
// thirteenth session). parse.ts splits "'s" off before wink sees the text. Near miss: a text read
// first, with nothing learned, parses the same.
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { parseText, winkInput } from "./parse";

const values = (text: string) => parseText(text).terms.map((t) => t.value);

describe("a parse does not depend on the texts read before it", () => {
  it("a word met with its clitic before a comma is still split later (glacier guiding, organ building)", () => {
    parseText("Customer wants the booking moved from Saturday's glacier walk to Sunday's, and asks about parking.");
    expect(values("On Sunday's glacier walk I lost my crampons.")).toEqual(expect.arrayContaining(["Sunday", "glacier", "walk"]));
    expect(values("On Sunday's glacier walk I lost my crampons.")).not.toContain("Sunday's");
    parseText("She asked whether the recital moved from the abbey's organ to the cathedral's, and who pays.");
    expect(values("The cathedral's organ needs a tuner.")).not.toContain("cathedral's");
  });
  it("an arrow glued between two words teaches wink no currency (exchange rates: 'GBP->EUR')", () => {
    parseText("Rate check: GBP->EUR 1.18 today, USD->JPY 151.");
    expect(values("Please refund 40 GBP to the card ending 5521.")).toContain("GBP");
    expect(winkInput("GBP->EUR 1.18")).toBe("GBP -> EUR 1.18");
    expect(winkInput("x => y")).toBe("x => y"); // near miss: already spaced
  });
  it("two full stops typed as one are one full stop; an ellipsis of three is left as typed (uplift shuttles: 'UP-62854..')", () => {
    expect(winkInput("Booking UP-62854.. it is in my message")).toBe("Booking UP-62854 . it is in my message");
    expect(winkInput("well... maybe")).toBe("well... maybe");
    const first = values("Booking UP-62854.. it is in my message");
    parseText("ok.. ta.. the ref was AB-1234.. thanks");
    expect(values("Booking UP-62854.. it is in my message")).toEqual(first);
  });
  it("near miss, pearl diving: a text with no clitic parses as before", () => {
    expect(values("Please book two pearl dives on Friday.")).toEqual(expect.arrayContaining(["book", "pearl", "dives", "Friday"]));
  });
});

// Every text of the development corpora read by two fresh instances in opposite orders: a word an
// instance learned from one text and then tokenized differently would make some text read differently
// in one order than in the other. (Held-out corpora are left out: a failure prints the text.)
describe("wink reads every corpus text the same whatever it read before", () => {
  it("forward and reverse order give the same tokens and tags", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const { CORPORA, isHeldOut } = await import("../../../tests/fixtures/corpora");
    const texts: string[] = [];
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === "object")
        for (const [k, x] of Object.entries(v)) {
          if ((k === "content" || k === "summary") && typeof x === "string") texts.push(x);
          else collect(x);
        }
    };
    for (const c of CORPORA.filter((c) => !isHeldOut(c) && fs.existsSync(c.dir)))
      for (const f of fs.readdirSync(c.dir).filter((f) => f.endsWith(".json")).sort()) collect(JSON.parse(fs.readFileSync(path.join(c.dir, f), "utf8")));
    const unique = [...new Set(texts)];
    expect(unique.length).toBeGreaterThan(10_000);
    const read = (order: string[]) => {
      const nlp = winkNLP(model, ["pos", "negation"]);
      const out = new Map<string, string>();
      for (const t of order) {
        const toks = nlp.readDoc(winkInput(t)).tokens();
        out.set(t, `${toks.out().join("|")} ${toks.out(nlp.its.pos).join("|")}`);
      }
      return out;
    };
    const forward = read(unique);
    const reverse = read([...unique].reverse());
    const differ = unique.filter((t) => forward.get(t) !== reverse.get(t));
    expect(differ.map((t) => `${t}\n  ${forward.get(t)}\n  ${reverse.get(t)}`).slice(0, 5)).toEqual([]);
  }, 120_000);
});

describe("a currency code glued to a word by a slash teaches nothing", () => {
  it("'214 GBP/month' (print lease), '30 USD/month' (locker hire), 'EUR/night' (canal boat) leave later codes as they were", () => {
    const pos = (text: string) => Object.fromEntries(parseText(text).terms.map((t) => [t.value, t.pos]));
    for (const [teach, probe, code] of [
      ["PL-70330 at 15k tier priced at 214 GBP/month; needs sign-off.", "Quote the transfer from GBP account 77120945 please.", "GBP"],
      ["Locker L-77 is 30 USD/month from June.", "Can I pay the deposit in USD cash?", "USD"],
      ["The narrowboat is 140 EUR/night in August.", "Do you take EUR cards at the wharf?", "EUR"],
    ]) {
      expect(winkInput(teach)).toMatch(/\p{L} \/ \p{L}/u);
      parseText(teach);
      expect(pos(probe)[code]).not.toBe("SYM");
    }
  });
  it("near miss: a date, a fraction and a web address keep their slashes", () => {
    expect(winkInput("due 12/03, half 1/2, see www.lease.co.uk/terms")).toBe("due 12/03, half 1/2, see www.lease.co.uk/terms");
  });
});

describe("the times sign of a dimension before a decimal is read spaced", () => {
  it("'4x2.5m' (AV hire), '3x1.2m' (banner printing), '6x0.9m' (rug making) teach nothing", () => {
    for (const [teach, probe, word] of [
      ["6 December: 4x2.5m LED wall available.", "Add a 5m x 5m dance floor please.", "5m"],
      ["The 3x1.2m banner is printed and rolled.", "Can you make a 2m banner for the gate?", "2m"],
      ["A 6x0.9m runner for the hall, wool.", "The hall is 9m long, will it fit?", "9m"],
    ]) {
      expect(winkInput(teach)).toMatch(/\d x \d/);
      parseText(teach);
      expect(values(probe)).not.toContain(word);
    }
  });
  it("near miss: a dimension of whole numbers, and one typed spaced, keep their text", () => {
    expect(winkInput("a 4x5 lodge, a 4 x 2.5m wall")).toBe("a 4x5 lodge, a 4 x 2.5m wall");
  });
});

describe("a number glued to an abbreviation's full stop is read as a number", () => {
  it("'c.1950' (radio repair), 'No.42' (lock keeping), 'ca.1890' (clock restoration) teach nothing", () => {
    const pos = (text: string) => Object.fromEntries(parseText(text).terms.map((t) => [t.value, t.pos]));
    for (const [teach, probe, num] of [
      ["Bush DAC90A (c.1950), loud hum, no stations.", "I inherited a wireless set from about 1950 that hums.", "1950"],
      ["Moor the narrowboat at lock No.42 tonight.", "Leave the key by lock 42 please.", "42"],
      ["A bracket clock, ca.1890, needs a new spring.", "The mantel clock from about 1890 stopped.", "1890"],
      // (also at a sentence's end: blind-bc1's billiard table "c.1895. Over the winter …")
      ["We have a sea chest, c.1870. The lid hinge has gone.", "Our chest is from around 1870 and the hinge broke.", "1870"],
    ]) {
      expect(winkInput(teach)).not.toMatch(/\.\d/);
      parseText(teach);
      expect(pos(probe)[num]).not.toBe("PROPN");
    }
  });
  it("near miss: a version, a decimal and an email keep their full stops", () => {
    expect(winkInput("Firmware v1.2 costs 3.50 — mail ann.2@abbey.org")).toBe("Firmware v1.2 costs 3.50 — mail ann.2@abbey.org");
    expect(winkInput("Update to v1.2.3 then v2.0.")).toBe("Update to v1.2.3 then v2.0.");
  });
});
