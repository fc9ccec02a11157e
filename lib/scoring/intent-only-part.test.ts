// A restriction the user puts on the ask with "only" before a noun phrase ("only the upper icefall",
// "only half of the pearls") reaches an agent only when a downstream text names one of its own words
// by stem, when the final interpretation does all of the thing (intent-only-part.ts, rule onlyPart). Domains in no evaluation corpus (glacier guiding,
// bookbinding, pearl diving).
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";
import { lostRestriction, restrictionsOf } from "./intent-only-part";

afterEach(() => tuneDrift());
const scores = scoresHandedOn;

// [domain, ask, summary handed on, final reply, the restriction]: the request reached the agents, its
// restriction did not, and they do the whole of it
const LOST: Array<[string, string, string, string, string]> = [
  [
    "glacier guiding",
    "Hello, we did the lower glacier walk with you last year and loved it. Could you book us a guided ice-climbing day on only the upper icefall, my wife finds the seracs too frightening? There are two of us, booking GL-4471.",
    "Two people, booking GL-4471, want a guided ice-climbing day.",
    "Booked: a full ice-climbing day for two on GL-4471, from the moraine through the seracs to the summit ridge.",
    "only the upper icefall",
  ],
  [
    "bookbinding",
    "I'd like my grandmother's recipe book rebound, and please resew only the loose signatures, the rest of the binding is sound. It's order BB-2203.",
    "Order BB-2203: rebind grandmother's recipe book.",
    "We'll take the whole text block apart, resew it completely and rebind it in new cloth boards for BB-2203.",
    "only the loose signatures",
  ],
  [
    "pearl diving",
    "Can you string the pearls from our dive into a necklace? We want to keep only half of them for the necklace, the rest go to my sister. Lot PD-918.",
    "Lot PD-918: string the dive pearls into a necklace.",
    "All 64 pearls from lot PD-918 will be strung into one long necklace, ready on Friday.",
    "only half",
  ],
];

// [domain, ask, summary, reply]: the restriction is named downstream, or the "only" restricts nothing the
// user asks for (a remark about the situation, a report, an adjective, a verb it limits)
const KEPT: Array<[string, string, string, string]> = [
  [
    "glacier guiding",
    "Could you book us a guided ice-climbing day on only the upper icefall, my wife finds the seracs too frightening? Booking GL-4471.",
    "Booking GL-4471: guided ice-climbing day, upper icefall only.",
    "Booked: an ice-climbing day for two on the upper icefall, staying well away from the seracs.",
  ],
  [
    "bookbinding",
    "I'd like my grandmother's recipe book rebound, and please resew only the loose signatures. It's order BB-2203.",
    "Order BB-2203: rebind recipe book, resew the loose sections.",
    "We'll resew the signatures that have come loose and rebind the book in new cloth boards.",
  ],
  [
    // (the restriction unnamed, but nothing says the whole was done: "Monday to Friday" may be "only weekdays")
    "glacier guiding",
    "Could you rebook our glacier walk, booking GL-5520? The storm closed it today and only weekdays work for us now.",
    "Rebook glacier walk GL-5520 after the storm closure.",
    "Your glacier walk GL-5520 is rebooked for Tuesday at 8am, meeting at the hut.",
  ],
  [
    "pearl diving",
    "Can you string the pearls from our dive into a necklace? It only takes you a day, the shop said. Lot PD-918.",
    "Lot PD-918: string the dive pearls into a necklace.",
    "The pearls from lot PD-918 will be strung into a necklace, ready tomorrow.",
  ],
];

describe("a restriction of the ask is traced by its own words", () => {
  it.each(LOST)("%s: the restriction is lost", async (_d, ask, summary, reply, restriction) => {
    const s = await scores(ask, summary, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
    // (bookbinding's "resew only the loose signatures" is a part joined by "and": lostPart names it whole, restriction and all)
    expect(s.intentLostPart).toMatch(new RegExp(`^(?:\\w+ )?${restriction}$`));
  });

  it.each(KEPT)("%s: near miss, no drift", async (_d, ask, summary, reply) => {
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });

  it("onlyPart off: the request's words read as the whole ask reached", async () => {
    // (bookbinding's restriction sits in a part joined by "and", which since joinedPartReached needs two fifths
    // of its words named and is lost by lostPart too: at a quarter, to show what onlyPart alone does)
    tuneDrift({ joinedPartReached: 0.25 }, ["onlyPart"]);
    for (const [, ask, summary, reply] of LOST) expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
});

describe("which “only” restricts the ask", () => {
  it("before a determiner, a fraction or a noun, in a sentence that asks", () => {
    expect(restrictionsOf("Please resew only the loose signatures.").map((r) => r.name)).toEqual(["only the loose signatures"]);
    expect(restrictionsOf("Could you keep only half of them for me?").map((r) => r.name)).toEqual(["only half"]);
    expect(restrictionsOf("I need to rebook, only weekdays work for me.").map((r) => r.stems)).toEqual([["weekday"]]);
  });

  it("not an adjective, a limited verb, a preposition's phrase, nor a report", () => {
    expect(restrictionsOf("Could you copy the only key we have?")).toEqual([]);
    expect(restrictionsOf("Please rebind it, we only need the cover done.")).toEqual([]);
    expect(restrictionsOf("Can you guide us, we are free only on Sundays?")).toEqual([]);
    expect(restrictionsOf("Twelve pearls went in but only nine came back.")).toEqual([]);
    expect(restrictionsOf("Not only the pearls but the clasp too, please string them.")).toEqual([]);
  });

  it("lost only when no downstream text names one of its words and the interpretation does all of it", () => {
    const ask = "Please resew only the loose signatures.";
    expect(lostRestriction(ask, ["resew the book"], "resew the whole book")).toBe("only the loose signatures");
    expect(lostRestriction(ask, ["resew what came loose"], "resew the whole book")).toBeNull();
    // (unnamed, but nothing says all of it was done: perhaps a paraphrase, left to the judge)
    expect(lostRestriction(ask, ["resew the book"], "resew the sections that need it")).toBeNull();
    expect(lostRestriction(ask, ["resew the book"], "resew every other section")).toBeNull();
  });
});
