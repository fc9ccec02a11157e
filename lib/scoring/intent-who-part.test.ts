// The drift17 rule `whoPart` (intent.ts namesOnly): a statement whose specific words are all names
// ("Hi, I'm Dev Bhatt from Larkfield Roofing.") says who is asking, not what, so it is no part of
// the ask: the one request beside it is the whole ask, which the judge compares, and its absence in
// the agents' words is no partial loss. Failure cases (partial loss read before the rule) and near
// misses (a second request lost beside the introduction is still partial loss) in domains in no
// evaluation corpus: church organ care, scaffolding hire, wedding music.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const scores = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;
const steps = (ask: string, summary: string, reply: string): Step[] => [{ user: ask }, { handoff: ["front-desk", "specialist"], summary }, { agent: reply }];

// [domain, ask (an introduction and one request), the summary (the request in other words), the final reply]
const INTRODUCED: Array<[string, string, string, string]> = [
  ["church organ", "Hello, this is Marta Kowalski at St Aidan's Church. Could we have the pipe organ tuned?", "Marta Kowalski, St Aidan's Church: instrument service wanted.", "Hi Marta, a technician will come to St Aidan's on 24 March to see to it."],
  ["scaffolding hire", "Hi, I'm Dev Bhatt from Larkfield Roofing. Could I get a price for scaffolding round a detached house?", "Larkfield Roofing (Dev Bhatt) wants a quote for access towers.", "Hi Dev, access towers for the job come to £1,480 including erection."],
  ["wedding music", "Hi, Siobhan Carey from the Ardmore Hotel here. Can we book a harpist for a wedding reception?", "Ardmore Hotel (Siobhan Carey): a musician for a party.", "Hi Siobhan, our musician Niamh is free and will play at the Ardmore Hotel from 4pm."],
];

// the same introductions with two requests, the second lost on the way
const SECOND_LOST: Array<[string, string, string, string, string]> = [
  ["church organ", "Hello, this is Marta Kowalski at St Aidan's Church. Could we have the pipe organ tuned, and could you quote for new bellows?", "Marta Kowalski, St Aidan's Church: pipe organ tuning wanted.", "Hi Marta, the organ tuning is booked for 24 March.", "quote for new bellows"],
  ["scaffolding hire", "Hi, I'm Dev Bhatt from Larkfield Roofing. Could I get a price for scaffolding round a detached house? And can you supply a debris netting wrap?", "Larkfield Roofing (Dev Bhatt) wants a scaffolding quote for a detached house.", "Hi Dev, scaffolding round the detached house comes to £1,480 including erection.", "supply a debris netting wrap"],
  ["wedding music", "Hi, Siobhan Carey from the Ardmore Hotel here. Can we book a harpist for the reception, and a string quartet for the ceremony?", "Ardmore Hotel (Siobhan Carey): harpist for the reception.", "Hi Siobhan, our harpist Niamh will play the reception from 4pm.", "a string quartet for the ceremony"],
];

afterEach(() => tuneDrift());

describe("an introduction is no part of the ask (whoPart)", () => {
  it.each(INTRODUCED)("%s: the lone request is judged as the whole ask, no partial loss", async (_domain, ask, summary, reply) => {
    const s = await scores(steps(ask, summary, reply));
    expect(s.intentDriftKind).not.toBe("partial");
    expect(s.intentDrift).toBe(false);
  });

  it.each(INTRODUCED)("%s: without the rule, partial loss (the false alarm it removes)", async (_domain, ask, summary, reply) => {
    tuneDrift({}, ["whoPart"]);
    expect(await scores(steps(ask, summary, reply))).toMatchObject({ intentDrift: true, intentDriftKind: "partial", intentPath: "lostPart" });
  });

  it.each(SECOND_LOST)("near miss, %s: a second request lost beside the introduction is still partial loss", async (_domain, ask, summary, reply, lost) => {
    expect(await scores(steps(ask, summary, reply))).toMatchObject({ intentDrift: true, intentDriftKind: "partial", intentLostPart: lost });
  });
});
