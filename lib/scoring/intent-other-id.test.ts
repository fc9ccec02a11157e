// The other one by its identifier (rule `otherId`, intent-other-one.ts): the user names two identifiers of one shape,
// the first their own ask's, the second beside it ("… we also have order OC-30218 with you, that one is fine"), and the
// final agent works on the second and never names the first — topic drift, though the words of the ask are all there.
// From blind-bj1's pavlova refund answered with a Christmas order's priority bake. Near misses: the second identifier
// in the request ("please put the replacement on OC-30218"), the first one named, and a new identifier the user never
// named (what a rebooking made), a slip of the first corrected ("sorry, it's OC-31044") and two set side by side in one
// clause ("DW-55190, not DW-55102"). Domains in no corpus: an ocarina maker, a dulcimer workshop, a kazoo band's bookings.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";

afterEach(() => tuneDrift());

const CASES: Array<[string, string, string]> = [
  [
    "ocarina maker",
    "Order OC-30144: the alto ocarina arrived with a cracked mouthpiece, I'd like a refund for it please. (We also have the soprano on order with you, OC-30218, but that one is fine.)",
    "Good news: I've moved your soprano ocarina on OC-30218 to the front of the kiln queue and added a free carry pouch.",
  ],
  [
    "dulcimer workshop",
    "Repair DW-55102: the hammered dulcimer still buzzes on the low course, could you look at it again? My other instrument with you, DW-55190, is collected already.",
    "All sorted: DW-55190 has been marked as collected and its warranty card is in the post to you.",
  ],
  [
    "kazoo band bookings",
    "Booking KB-70211 for the school fete: please can the band start at 2pm instead of 3pm? Our summer party KB-70260 stays as it is.",
    "Done: the summer party on KB-70260 now has the band booked for an extra half hour at the end.",
  ],
];

describe("the interpretation works on the other identifier the user named", () => {
  it.each(CASES)("%s: topic drift", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("otherId");
  });
  it.each(CASES)("otherId off, %s: not read as the other one", async (_d, ask, done) => {
    tuneDrift({}, ["otherId"]);
    expect((await judged(ask, done)).intentPath).not.toBe("otherId");
  });
});

describe("near misses", () => {
  it("ocarina maker: the second identifier in the request is what is asked", async () => {
    const s = await judged("Order OC-30144 arrived cracked. Please put the replacement on my new order OC-30218 so they come together.", "Done: a replacement alto ocarina is added to OC-30218 and both will ship together.");
    expect(s.intentPath).not.toBe("otherId");
  });
  it("dulcimer workshop: the first identifier named is the ask's", async () => {
    const s = await judged("Mine is DW-55102, my daughter's is DW-55190. Please can you restring mine before Friday?", "All done: DW-55102 is restrung and ready to collect on Thursday.");
    expect(s.intentPath).not.toBe("otherId");
  });
  it("ocarina maker: a slip of the first identifier corrected is the same order", async () => {
    const s = await judged("Please send the alto ocarina on order OC-30144 by Friday. Sorry, I mistyped, it's OC-31044.", "Done: the alto ocarina on OC-31044 ships on Friday by tracked post.");
    expect(s.intentPath).not.toBe("otherId");
  });
  it("dulcimer workshop: two identifiers set side by side in one clause", async () => {
    const s = await judged("Please restring the dulcimer. It's repair DW-55190, not DW-55102 as on your letter.", "All done: DW-55190 is restrung and ready to collect on Thursday.");
    expect(s.intentPath).not.toBe("otherId");
  });
  it("kazoo band bookings: a new identifier the user never named is what the action made", async () => {
    const s = await judged("Booking KB-70211 for the school fete: please move it from Saturday to Sunday.", "Done: the fete is now on Sunday under the new booking KB-70299; KB-70211 is closed.");
    expect(s.intentPath).not.toBe("otherId");
  });
});
