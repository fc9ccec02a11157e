// Rule `stopDoing` (fifty-second session, nlp/polarity.ts): an ending verb before a gerund ends what the gerund is done
// to — "please stop sending me the class newsletters" takes the newsletters away — so an interpretation that puts the
// same thing on ("you're now on our weekly class-dates bulletin") goes the other way (blind-cd1). As every verb's way it
// is read only in a request: "the ferry stopped running the late crossing" reports. Near misses: the thing taken away
// downstream, and a report of a stop. Domains in no evaluation corpus: a ferry operator, a fell-running club, a kite
// festival.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { parseText } from "./nlp/parse";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to the mailing desk." }, { handoff: ["front", "mailing"] }, { agent: done }]), DEFAULT_SETTINGS)).scores;

// [domain, an ask to stop doing a thing, the final answer that puts the thing on]
const TURNED: Array<[string, string, string]> = [
  ["ferry operator", "Please stop sending me the timetable leaflets, I've moved off the island.", "All done, you're now on our monthly timetable leaflet list, first copy out next week."],
  ["fell-running club", "Can you stop emailing me the race reminders? I get them from the league anyway.", "Lovely, I've put you on the weekly race reminder so you never miss one."],
  ["kite festival", "Please stop posting us the programme booklets, we read it online.", "You're now on the programme booklet mailing for next year's festival."],
];

// [domain, ask, final answer that does the ask]
const KEPT: Array<[string, string, string]> = [
  ["ferry operator", "Please stop sending me the timetable leaflets, I've moved off the island.", "Done - you're off the timetable leaflet list, no more copies will come."],
  ["fell-running club", "Can you stop emailing me the race reminders? I get them from the league anyway.", "I've taken you off the race reminders; you'll get nothing more from us about races."],
  ["kite festival", "Please stop posting us the programme booklets, we read it online.", "No more booklets will be posted; you're off the printed programme list."],
];

afterEach(() => tuneDrift());

describe("stopDoing: an ask to stop doing a thing, answered by putting the thing on", () => {
  it.each(TURNED)("%s: drift", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
  });

  it.each(KEPT)("%s: the thing taken away: no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });

  it("the reading: the gerund's thing after an object pronoun, in a request only", () => {
    const [ask] = parseText("Please stop sending me the timetable leaflets.").clauses;
    expect(ask.polarity).toEqual([expect.objectContaining({ sign: -1, value: "stop sending", objects: ["timetable", "leaflets"], verb: true })]);
    // (a report reads the same way here; oppositePolarity reads a verb's way only where the clause asks for it)
    const [report] = parseText("The ferry stopped running the late crossing.").clauses;
    expect(report.request).toBe(false);
  });

  it("stopDoing off: no way is read from the gerund", async () => {
    tuneDrift({}, ["stopDoing"]);
    expect(parseText("Please stop sending me the timetable leaflets.").clauses[0].polarity).toEqual([]);
    for (const [, ask, done] of TURNED) expect((await judged(ask, done)).intentPath).not.toBe("polarity");
  });
});
