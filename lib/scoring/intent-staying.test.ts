// A thing that stays or remains goes on as it was — the opposite of ending, withdrawing or freezing it (rule `staying`,
// nlp/lexicon.ts STAYING_LIST), kept apart from the keeping actions as placing is. From the development corpora:
// ba1's croquet player ("withdraw me from the handicap tournament" → "injured player wants to stay in the tournament"),
// bs's wakeboard coaching ("freeze my coaching block" → "remain on the coaching block"). Measured (fifty-first session):
// development +2 found, no false alarm; held out +1 found, +1 false alarm (not on clean). Near misses: the ending done
// and another thing staying, and a stay asked for answered by one.
// Domains in no corpus: bell-ringing tower membership, a village hall committee, a pottery wheel hire.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";

afterEach(() => tuneDrift());

const CASES: Array<[string, string, string]> = [
  ["bell-ringing tower", "Please withdraw me from the Sunday ringing rota, my knee won't take the stairs any more.", "Ringer wants to remain a Sunday ringer on the rota."],
  ["village hall committee", "I'd like to cancel my place on the hall committee from next month, account VH-220.", "Member wants to remain on the hall committee, account VH-220."],
  ["pottery wheel hire", "Can you stop the wheel hire on HW-5120 this Friday? The course is finished.", "Customer wants the wheel hire on HW-5120 to stay until the end of the month."],
];

describe("a thing that stays answers an ending one", () => {
  it.each(CASES)("%s: antonym drift", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("antonym");
  });
  it.each(CASES)("staying off, %s: not read as opposed", async (_d, ask, done) => {
    tuneDrift({}, ["staying"]);
    expect((await judged(ask, done)).intentPath).not.toBe("antonym");
  });
});

describe("near misses", () => {
  it.each([
    ["bell-ringing tower", "Please withdraw me from the Sunday ringing rota, my knee won't take the stairs any more.", "Done: you're off the Sunday rota; your tower membership stays as it is."],
    ["village hall committee", "I'd like to stay on the hall committee for another year, account VH-220.", "Member wants to remain on the hall committee, account VH-220."],
    ["pottery wheel hire", "Can you end the wheel hire on HW-5120 this Friday? The course is finished.", "The wheel hire on HW-5120 ends on Friday; the deposit will remain on your card until we collect the wheel."],
  ])("%s: no opposite", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentPath).not.toBe("antonym");
  });
});
