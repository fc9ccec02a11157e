// A conjunction and an imperative end a statement that has no noun or verb of its own ("…, it is very
// loose, and put a new keeper on the bridle."): the imperative is a request part of its own, which can
// be lost (nlp/parse.ts splitCoordinated). Before, the statement had no content for a split and the
// imperative stayed inside it, a clause that asks nothing. The statement takes no question mark from a
// question it precedes: a state is no request. Domains in no evaluation corpus (saddlery, pearl
// diving, lighthouse tours).
import { describe, expect, it } from "vitest";
import { scoresHandedOn } from "./fixture.test-util";
import { parseText } from "./nlp/parse";

const scores = scoresHandedOn;

// [domain, ask, summary handed on, final reply, the lost part]
const LOST: Array<[string, string, string, string, string]> = [
  [
    "saddlery",
    "Please restitch the girth on my jumping saddle, it is very loose, and put a new keeper on the bridle.",
    "Restitch girth on jumping saddle.",
    "We'll restitch the girth by Thursday, £35.",
    "put a new keeper on the bridle",
  ],
  [
    "pearl diving",
    "Please rebook my pearl dive for Friday, whatever is free is fine by me, and send me the tide table for that week.",
    "Rebook pearl dive for Friday.",
    "Your pearl dive is rebooked for Friday at 10am, boat leaves from pier 2.",
    "send me the tide table for that week",
  ],
  [
    "lighthouse tours",
    "Please book the lighthouse tour for Saturday for two adults, it is quite urgent, and send me the parking details.",
    "Book lighthouse tour Saturday, 2 adults.",
    "Booked: two adults on Saturday's 11am lighthouse tour. See you at the keeper's cottage.",
    "send me the parking details",
  ],
];

describe("an imperative after a statement of state is a part of its own", () => {
  it("the statement and the imperative are two clauses; the statement asks nothing", () => {
    const clauses = parseText("Could you restitch the girth on my saddle, it is very loose, and put a new keeper on the bridle?").clauses;
    const state = clauses.find((c) => c.text.startsWith("it is very loose"));
    const keeper = clauses.find((c) => c.text.startsWith("put a new keeper"));
    expect(state?.request).toBe(false);
    expect(keeper?.request).toBe(true);
  });

  it.each(LOST)("%s: the imperative part is lost", async (_d, ask, summary, reply, part) => {
    const s = await scores(ask, summary, reply);
    expect(s.intentDriftKind).toBe("partial");
    expect(s.intentLostPart).toBe(part);
  });

  it.each([
    // both parts handed on and done
    [
      "saddlery",
      "Please restitch the girth on my jumping saddle, it is very loose, and put a new keeper on the bridle.",
      "Restitch girth on jumping saddle; new keeper on bridle.",
      "We'll restitch the girth and put a new keeper on the bridle by Thursday, £42.",
    ],
    // a second statement after "and", no imperative: nothing split off, nothing lost
    [
      "saddlery",
      "Please restitch the girth on my jumping saddle, it is very loose and it keeps slipping.",
      "Restitch girth on jumping saddle.",
      "We'll restitch the girth by Thursday, £35.",
    ],
    [
      "lighthouse tours",
      "Please book the lighthouse tour for Saturday for two adults, it is quite urgent and we are only here till Sunday.",
      "Book lighthouse tour Saturday, 2 adults.",
      "Booked: two adults on Saturday's 11am lighthouse tour. See you at the keeper's cottage.",
    ],
    [
      "lighthouse tours",
      "Please book the lighthouse tour for Saturday for two adults, it is quite urgent, and send me the parking details.",
      "Book lighthouse tour Saturday, 2 adults; send parking details.",
      "Booked: two adults on Saturday's 11am lighthouse tour. Parking details are in your email: the car park is behind the keeper's cottage.",
    ],
  ])("near miss, %s: no drift", async (_d, ask, summary, reply) => {
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
});
