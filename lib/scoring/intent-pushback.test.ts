// The pushback18 rule `pushback` (intent.ts PUSHES_BACK): before the final reply the user pushes back
// on the final agent's proposal in a form that names no mistake — a negated wish ("i dont want it
// anywhere"), the agent's premise contradicted ("it's already off, that's the problem"), a refusal of
// the act proposed ("I'm not bringing it in"), the ask restated against the proposal by "but" ("…, but I
// really just want …") — and the final reply goes ahead with the proposal. Failure cases and near
// misses are written here in domains no evaluation corpus covers (council bins, tool library, beekeeping
// supplies); in each the final agent talks about the ask's own thing, so that the judge reads the
// interpretation as kept, and only the user's pushback says it is not what was asked. Switching the
// rule off must make the failure cases fail, which the last block checks.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask, the handoff's summary, the final agent's proposal, the user's reply, the final agent's last reply]
type Case = [string, string, string, string, string, string];
const FAILS: Case[] = [
  ["council bins", "Hi, please take the brown garden waste bin away from 12 Elm Row, we paved the garden and don't use it.", "Resident at 12 Elm Row, question about the brown garden waste bin.", "Thanks! Would you like a smaller brown bin for 12 Elm Row instead?", "it's all concrete out there now, that's the whole point", "All set: a smaller brown garden waste bin will be swapped in at 12 Elm Row on Monday."],
  ["tool library", "My membership TL-5521 renews on the 3rd. I've moved away, so please stop the renewal and close it.", "Member TL-5521, renewal on the 3rd, has moved.", "We can move membership TL-5521 to our Northgate branch nearer your new home, so the renewal carries on there.", "I've moved to Spain, that's the point.", "Done: membership TL-5521 now renews on the 3rd at our Northgate branch."],
  ["beekeeping supplies", "Can you refund the second hive kit on order BK-7730? It arrived cracked and I only need one hive.", "Order BK-7730, second hive kit arrived cracked.", "Sorry about that! I can send a replacement hive kit for order BK-7730 tomorrow.", "that's kind, but I really just need my money back for that one", "Great, a replacement hive kit for order BK-7730 goes out tomorrow by courier."],
];

// the same conversations with the user's reply pushing back on nothing (a closing, a question, an
// answer), or with the final agent then doing what the pushback insists on
const NEAR: Case[] = [
  ["council bins", FAILS[0][1], FAILS[0][2], "I can collect the brown garden waste bin from 12 Elm Row on Monday. Anything else?", "thanks, I don't need anything else", "Booked: the brown garden waste bin will be collected from 12 Elm Row on Monday and taken off your account."],
  ["council bins", FAILS[0][1], FAILS[0][2], FAILS[0][3], FAILS[0][4], "Understood: as it's all concrete now, we'll collect the brown garden waste bin from 12 Elm Row on Monday for good."],
  ["tool library", FAILS[1][1], FAILS[1][2], "I can stop the renewal of TL-5521. Do you want to return the borrowed drill by post?", "I don't need to bring it in, do I?", "No need: the renewal of membership TL-5521 is stopped and the membership closed; post the drill back when you can."],
  ["beekeeping supplies", FAILS[2][1], FAILS[2][2], FAILS[2][3], "that's kind, but I really just need my money back for that one", "Of course: the second hive kit on order BK-7730 is refunded to your card, no need to send it back."],
];

const steps = ([, ask, summary, first, reply, last]: Case): Step[] => [
  { user: ask },
  { handoff: ["front", "desk"], summary },
  { agent: first },
  { user: reply },
  { agent: last },
];

describe("the user pushes back on the final agent's proposal: drift unless the final reply takes up what they insist on", () => {
  afterEach(() => tuneDrift());
  it.each(FAILS)("%s: drift", async (...c) => {
    const s = await score(steps(c));
    expect(s.intentDrift).toBe(true);
  });
  it.each(NEAR)("near miss, %s: no drift", async (...c) => {
    const s = await score(steps(c));
    expect(s.intentDrift, `${s.intentPath}: ${s.intentReason}`).not.toBe(true);
  });
  it("pushback off: the pushback alone no longer flags", async () => {
    tuneDrift({}, ["pushback"]);
    for (const c of FAILS) expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
});
