// Correction forms of the drift12h round (docs/evaluation.md, "drift12h session"): the agent's word
// echoed in disbelief before the correction ("Ended?? I only wanted a break"), "wait no" before it,
// a reply to the final agent's last message when that message is the interpretation (no intent
// event), and a contrast of two actions read by their lemmas ("ADDED not taken off": add vs remove).
// Failure cases and near misses in domains in no evaluation corpus (kiln hire, falconry days, model
// railway, taxidermy, sign-writing); switching a rule off must make some failure case pass unflagged.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift, type DriftRule } from "./drift-tuning";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());
const scores = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [rule that reads it, domain, steps]: drift
const FAILS: Array<[DriftRule, string, Step[]]> = [
  ["objection", "kiln hire", [{ user: "I'm away in August, can you put my kiln hire on hold for the month?" }, { handoff: ["front", "hire"], summary: "Customer wants to stop the kiln hire." }, { intent: "end the customer's kiln hire agreement" }, { agent: "Your kiln hire has been ended; the kiln will be collected on Friday." }, { user: "Ended?? I only wanted a pause for August." }]],
  ["contrastLemmas", "falconry days", [{ user: "My brother's coming too, can he squeeze in with us on Saturday's falconry day so it's three?" }, { handoff: ["front", "bookings"], summary: "Change to Saturday's falconry booking re: brother." }, { agent: "Done, I've taken one person off your Saturday booking, so it's just the two of you." }, { user: "him ADDED, not taken off!!" }]],
  ["replyAfterLast", "model railway", [{ user: "Please add the brake van to my order." }, { handoff: ["front", "orders"], summary: "Customer's order: brake van." }, { agent: "All sorted, the brake van has been removed from your order." }, { user: "Removed?! I asked for it to be added" }]],
  ["replyAfterLast", "taxidermy", [{ user: "Can you mount the fox curled up asleep, please?" }, { handoff: ["front", "studio"], summary: "Fox mount, pose to confirm." }, { agent: "Lovely, we'll mount your fox standing alert with its head raised." }, { user: "no, I said curled up asleep" }]],
];
// near misses: a question after "wait", an echo of relief, a contrast the interpretation keeps
const NEAR: Array<[string, Step[]]> = [
  ["sign-writing", [{ user: "Could you gild the lettering on our shop sign?" }, { handoff: ["front", "studio"], summary: "Customer wants the shop sign lettering gilded." }, { agent: "We'll gild the lettering on your shop sign next Tuesday." }, { user: "wait, I wanted to ask how long the gold lasts outside?" }]],
  ["kiln hire", [{ user: "Please end my kiln hire at the end of August." }, { handoff: ["front", "hire"], summary: "Customer wants the kiln hire ended at the end of August." }, { agent: "Your kiln hire has been ended from 31 August." }, { user: "Ended?? brilliant, that was quick" }]],
  ["falconry days", [{ user: "Could you add my brother to Saturday's falconry day?" }, { handoff: ["front", "bookings"], summary: "Add the customer's brother to Saturday's booking." }, { agent: "I've added your brother to Saturday's falconry day, so it's three of you." }, { user: "Added, not removed, perfect thanks" }]],
];

describe("corrections of the final agent, drift12h forms", () => {
  it.each(FAILS)("%s, %s: drift", async (_r, _d, steps) => {
    expect((await scores(steps)).intentDrift).toBe(true);
  });
  it.each(NEAR)("near miss, %s: no drift", async (_d, steps) => {
    expect((await scores(steps)).intentDrift).not.toBe(true);
  });
  it.each(["replyAfterLast", "contrastLemmas"] as DriftRule[])("%s off: one of its failure cases is missed", async (rule) => {
    tuneDrift({}, [rule]);
    let missed = 0;
    for (const [r, , steps] of FAILS) if (r === rule && !(await scores(steps)).intentDrift) missed++;
    expect(missed).toBeGreaterThan(0);
  });
  // (drift14r: "on hold" read as "end" is now drift from the interpretation alone, intent-pause.test.ts;
  // the echo is measured without that rule)
  it("the echo before a correction: without it the kiln case is missed", async () => {
    tuneDrift({}, ["pauseNotEnd"]);
    const [, , steps] = FAILS[0];
    const plain = steps.map((s) => ("user" in s && s.user.startsWith("Ended??") ? { user: "Brilliant news, I only wanted a pause for August." } : s));
    expect((await scores(plain)).intentDrift).not.toBe(true);
  });
  it("pauseNotEnd on: the kiln hold read as its end is drift without any correction", async () => {
    const [, , steps] = FAILS[0];
    const plain = steps.map((s) => ("user" in s && s.user.startsWith("Ended??") ? { user: "Brilliant news, I only wanted a pause for August." } : s));
    expect((await scores(plain)).intentDrift).toBe(true);
  });
});
