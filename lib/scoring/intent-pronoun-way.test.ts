// "Our son Oskar woke up with a fever … Please take him off booking FS-5076" answered "I've put Oskar on the Friday
// night": a way done to "him" or "her" is done to the person the ask named last before it (rule `pronounWay`,
// intent-polarity.ts pronounThings), so the person put on downstream opposes the one asked off. Development +1 found
// (blind-bj1's igloo night), no false alarm; held out identical. "it" and "them" stay unread: reading them as any of the
// ask's things raised a false alarm ("can you get it out??" against "… with a wool-safe spotter").
// Near misses: the person taken off as asked, and another person put on. Domains in no corpus: archery tag, a rock
// pool safari, a silent disco. (A known limit: the name nearest before the pronoun is taken, "Priya has Covid. Take
// her off" would take "Covid".)
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";

afterEach(() => tuneDrift());
const scores = scoresHandedOn;

const ARCHERY = "Our daughter Maisie has a cast on her arm so she cannot do archery tag on Saturday. Please take her off booking AT-4410, the rest of us still want to play.";
const ROCKPOOL = "My nephew Tomasz is going home early, so please take him off booking RP-2207.";
const DISCO = "Our friend Priya has flu. Could you take her off booking SD-771?";

// [domain, ask, summary, final reply putting the person on, the person]
const PUT_ON: Array<[string, string, string, string, string]> = [
  ["archery tag", ARCHERY, "AT-4410: remove Maisie (arm in cast) from Saturday archery tag.", "Found it. I have put Maisie on the Saturday game with the rest of you, and her kit is ready at the desk.", "Maisie"],
  ["rock pool safari", ROCKPOOL, "RP-2207: remove Tomasz, going home early.", "All done, I have put Tomasz on the Sunday rock pool safari with a bucket and net waiting for him.", "Tomasz"],
  ["silent disco", DISCO, "SD-771: take Priya off (flu).", "No problem, I have put Priya on the Friday silent disco and a headset is reserved for her.", "Priya"],
];

describe("pronounWay: the person asked off, put on downstream", () => {
  it.each(PUT_ON)("%s: antonym drift naming the person", async (_d, ask, summary, reply, person) => {
    const s = await scores(ask, summary, reply);
    expect([s.intentDrift, s.intentDriftKind, s.intentPath]).toEqual([true, "antonym", "polarity"]);
    expect(s.intentReason).toBe(`the user asked to take away or lower the ${person} (“take off”); the final interpretation goes the other way (“put on”)`);
  });
  it.each(PUT_ON)("%s: rule off, not found", async (_d, ask, summary, reply) => {
    tuneDrift({}, ["pronounWay"]);
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
  it.each([
    ["archery tag", ARCHERY, "AT-4410: remove Maisie (arm in cast) from Saturday archery tag.", "Done, Maisie is off the Saturday game and her place is refunded; the rest of you are still booked."],
    ["rock pool safari", ROCKPOOL, "RP-2207: remove Tomasz, going home early.", "Tomasz is off RP-2207. I have put Grandad on it in his place, as you asked last week."],
    ["silent disco", DISCO, "SD-771: take Priya off (flu).", "Priya is off SD-771 and her ticket is refunded."],
  ])("near miss, %s: no drift", async (_d, ask, summary, reply) => {
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
});
