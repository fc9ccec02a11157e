// A code the user typed right after a noun that no reader named ("our crew came for job GC-7731-B":
// a preposition before the noun) is known, for re-ask, as the identifier the agent asks for by that
// noun ("what's the job number on your invoice?") — with no help from the reply, which may be long or
// give nothing. Near misses: an identifier asked by another noun, a question stating the code, two
// different codes after the one noun. Gutter cleaning, EV charging and a roofing survey (texts written here).
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const done = { agent: "desk", says: "Thanks, it's logged." };
const reasks = async (first: string, summary: string, says: string, reply: string) =>
  (await scored([{ user: first }, { from: "front", to: "desk", summary }, { agent: "desk", says }, { user: reply }, done])).reasks;

describe("a code named by the noun the user typed before it", () => {
  it("gutter cleaning, EV charging, roofing: asked for by that noun's identifier, it is a re-ask", async () => {
    expect(await reasks("Your crew came today for job GC-7731-B and left a ladder mark on my roof.", "GC-7731-B: ladder mark on roof.", "So I can pull up the visit, what's the job number on your invoice?", "GC-7731-B. It's literally the first thing I said to you, honestly.")).toEqual(["job_number"]);
    expect(await reasks("I'm stuck at charger CP-UK-40518 and it won't start.", "Charger CP-UK-40518 won't start a session.", "Which charger number are you at?", "the one at the Tesco car park, it's blinking red")).toEqual(["charger_number"]);
    expect(await reasks("Can you move my survey SRV-11873 to an earlier date?", "Survey SRV-11873, wants it sooner.", "What's your survey number?", "SRV-11873 as on the letter")).toEqual(["survey_number"]);
  });
  it("near misses: another noun's identifier, a question stating the code, two codes after one noun", async () => {
    expect(await reasks("Your crew came today for job GC-7731-B and left a ladder mark.", "GC-7731-B: ladder mark.", "What's the invoice number?", "I don't have it to hand")).toEqual([]);
    expect(await reasks("I'm stuck at charger CP-UK-40518 and it won't start.", "Charger CP-UK-40518 stuck.", "Is that charger CP-UK-40518 at the Tesco car park?", "yes")).toEqual([]);
    expect(await reasks("Two visits: for job GC-7731-B the gutters, for job GC-7740-A the fascia.", "Two jobs, gutters and fascia.", "Which job number is this about?", "the fascia one please")).toEqual([]);
  });
});
