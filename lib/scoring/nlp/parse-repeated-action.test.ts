// "re-" + a verb's base form is that verb done again (rule `repeatedAction`, parse.ts repeatedActions), from
// blind-am3: "Can you recalibrate our two reference thermometers …, and also re-issue last year's certificate with
// the corrected serial" read "re-issue" as a noun (WordNet has "reissue", not "re-issue"), so the second request was
// none and could not be the part of the ask that never reached an agent. Near misses: "the re-issue of …" and
// "a re-test" are nouns; "re-sent" has no base form after "re-" and stays as it was.
// Domains in no evaluation corpus: a passport photo booth, a removals firm, a bathroom sealant service.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { parseText } from "./parse";

const requests = (text: string) => parseText(text).clauses.filter((c) => c.request).map((c) => c.text.trim());
const verbs = (text: string) => parseText(text).terms.filter((t) => t.pos === "VERB").map((t) => t.lemma);

// [domain, the ask, the request opened by a re- verb, the verb]
const ASKS: Array<[string, string, string, string]> = [
  ["passport photo booth", "Could you print two more strips for booth PB-22, and also re-issue the digital code for the passport site?", "also re-issue the digital code", "issue"],
  ["removals firm", "Please confirm the crew for Friday, and re-book the van for the second load on Monday.", "re-book the van", "book"],
  ["bathroom sealant", "The silicone round the bath has gone black, could you re-seal the shower tray too.", "re-seal the shower tray", "seal"],
];

afterEach(() => tuneDrift());

describe("re- and a verb is the verb done again", () => {
  it.each(ASKS)("%s: the re- verb opens a request", (_d, text, words, verb) => {
    expect(requests(text).some((r) => r.includes(words))).toBe(true);
    expect(verbs(text)).toContain(verb);
  });
  it.each(ASKS)("repeatedAction off, %s: it was read as a noun", (_d, text, _words, verb) => {
    tuneDrift({}, ["repeatedAction"]);
    expect(verbs(text)).not.toContain(verb);
  });
  it("near miss: after a determiner or an adjective it is a noun", () => {
    expect(verbs("The re-issue of the digital code is late, and a re-test costs extra.")).not.toContain("issue");
    expect(verbs("The re-issue of the digital code is late, and a re-test costs extra.")).not.toContain("test");
  });
  it("near miss: no base form after re-", () => {
    expect(verbs("I re-sent the code yesterday.")).not.toContain("send");
  });
});
