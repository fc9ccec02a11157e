// A delegate relaying its whole task one level down owes the next level what it was handed for that
// task (dropout.ts delegationDropped); an orchestrator splitting a task into sub-tasks owes only
// what a worker asks for again. Domains in no corpus: violin repair, falconry days, stained glass.
import { describe, expect, it } from "vitest";
import { scored, type Step } from "./conversation.test-util";

/** desk → mid (handed `handed`) → deep (handed `relayed`), then both return. */
const relay = (user: string, handed: string, relayed: string, extra: Step[] = []): Step[] => [
  { user },
  { from: "desk", to: "mid", mode: "delegate", summary: handed },
  ...extra,
  { from: "mid", to: "deep", mode: "delegate", summary: relayed },
  { from: "deep", to: "mid", mode: "return", summary: "Done." },
  { from: "mid", to: "desk", mode: "return", summary: "Done." },
  { agent: "desk", says: "All sorted, we'll be in touch." },
];

describe("a relay owes what it was handed", () => {
  it("violin repair: the email handed to the workshop is left out when it passes the job on", async () => {
    const r = await scored(relay(
      "The bridge on my violin snapped, job VR-30112. Please reply to mira.k@fiddle.example.",
      "VR-30112 snapped bridge; reply to mira.k@fiddle.example.",
      "VR-30112 needs a new bridge fitted.",
    ));
    expect(r.dropped).toEqual(["email=mira.k@fiddle.example"]);
  });
  it("falconry: the phone handed down is dropped one level further", async () => {
    const r = await scored(relay(
      "Booking a hawk walk for Saturday, call me on 07700 900 318 if the weather turns.",
      "Hawk walk Saturday; weather contact phone 07700 900 318.",
      "Check Saturday's forecast for the hawk walk.",
    ));
    expect(r.dropped).toEqual(["phone=07700 900 318"]);
  });
  it("stained glass: the order number handed down is dropped by the relay", async () => {
    const r = await scored(relay(
      "My order number is SG-55210 and the leaded panel arrived cracked.",
      "Order SG-55210, leaded panel cracked in transit.",
      "Leaded panel cracked in transit, arrange a replacement.",
    ));
    expect(r.dropped).toEqual(["order_id=SG-55210"]);
  });

  it("near miss: the relay carries the value in another form", async () => {
    const r = await scored(relay(
      "Booking a hawk walk for Saturday, call me on +44 7700 900 318 if the weather turns.",
      "Hawk walk Saturday; weather contact +44 7700 900 318.",
      "Check Saturday's forecast; contact 07700 900318.",
    ));
    expect(r.dropped).toEqual([]);
  });
  it("near miss: the top-level desk delegates a scoped sub-task without the email (it was handed nothing)", async () => {
    const r = await scored([
      { user: "The bridge on my violin snapped, job VR-30112. Please reply to mira.k@fiddle.example." },
      { from: "desk", to: "workshop", mode: "delegate", summary: "VR-30112: fit a new bridge." },
      { from: "workshop", to: "desk", mode: "return", summary: "Bridge fitted." },
      { agent: "desk", says: "All done, we'll email you." },
    ]);
    expect(r.dropped).toEqual([]);
  });
  it("near miss: a delegate that splits its task into two sub-tasks owes each only what it asks for", async () => {
    const steps: Step[] = [
      { user: "My order number is SG-55210 and the leaded panel arrived cracked." },
      { from: "desk", to: "mid", mode: "delegate", summary: "Order SG-55210, leaded panel cracked in transit." },
      { from: "mid", to: "glazier", mode: "delegate", summary: "Cut a replacement leaded panel." },
      { from: "glazier", to: "mid", mode: "return", summary: "Panel cut." },
      { from: "mid", to: "courier", mode: "delegate", summary: "Collect the cracked panel." },
      { from: "courier", to: "mid", mode: "return", summary: "Collected." },
      { from: "mid", to: "desk", mode: "return", summary: "Replacement on its way for SG-55210." },
    ];
    expect((await scored(steps)).dropped).toEqual([]);
  });
  it("near miss: a value the relay was never handed is not its to pass on", async () => {
    const r = await scored(relay(
      "The bridge on my violin snapped, job VR-30112. Please reply to mira.k@fiddle.example.",
      "VR-30112 snapped bridge.",
      "VR-30112 needs a new bridge fitted.",
    ));
    expect(r.dropped).toEqual([]);
  });
});
