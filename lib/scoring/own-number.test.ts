// A person's own bare "number" that cannot be a phone (facts.ts ownAccountNumber): "you'll want my
// number, it's 48213" or "My number's GM-51877" gives the customer's number with the business, the
// account slot, so a handoff that leaves it out drops it (blind-i1 i-poolservice-its-48213). Near
// misses: a run of digits as long as a phone's (phone when it has a trunk, else unnamed: a reference), another
// thing's number ("the number", "your number", "my order number" keeps its own slot), and a number
// carried by the summary. Failure cases and near misses in a beekeeping supplier, a laundrette and
// a kayak hire (domains in no corpus).
import { describe, expect, it } from "vitest";
import { factsFromText } from "./facts";
import { scored } from "./conversation.test-util";

const facts = (t: string) => factsFromText(t).map((f) => `${f.field}=${f.value}`);
const reply = { agent: "desk", says: "Thanks, I'll sort it today." };

describe("a person's own number that is no phone is their account", () => {
  it("reads the value after 'my number, it's' or 'my number's' as the account", () => {
    expect(facts("The frames arrived warped. You'll need my number, it's 30417.")).toEqual(["account_id=30417"]);
    expect(facts("Dryer 6 ate my coins. My number's LD-2291.")).toEqual(["account_id=LD-2291"]);
    expect(facts("our number is KY 5530 for the club")).toEqual(["account_id=KY 5530"]);
  });
  it("near misses: a phone-length run, another thing's number", () => {
    expect(facts("You'll need my number, it's 07700 900734.")).toEqual(["phone=07700 900734"]);
    expect(facts("my number is 4155550134")).toEqual(["unnamed_code=4155550134"]);
    expect(facts("The number is 30417 on the hive tag")).toEqual(["unnamed_code=30417"]);
    expect(facts("what's your number, is it 30417?")).toEqual(["unnamed_code=30417"]);
    expect(facts("my order number is 30417")).toEqual(["order_id=30417"]);
  });
});

describe("dropout of an own number, in three domains", () => {
  it("beekeeping supplier: the own number left out of the summary is dropped; carried, it is not", async () => {
    const ask = { user: "Two of the brood frames arrived warped. You'll need my number, it's 30417." };
    expect((await scored([ask, { from: "front", to: "returns", summary: "Warped brood frames, wants replacements." }, reply])).dropped).toEqual(["account_id=30417"]);
    expect((await scored([ask, { from: "front", to: "returns", summary: "Customer 30417: warped brood frames." }, reply])).dropped).toEqual([]);
  });
  it("laundrette: 'My number's LD-2291' dropped when the payload leaves it out; kept under a key, it is carried", async () => {
    const ask = { user: "Dryer 6 took my coins and never started. My number's LD-2291." };
    expect((await scored([ask, { from: "front", to: "refunds", summary: "Dryer 6 took coins.", payload: { machine: "6" } }, reply])).dropped).toEqual(["account_id=LD-2291"]);
    expect((await scored([ask, { from: "front", to: "refunds", summary: "Dryer 6 took coins.", payload: { member_id: "LD-2291" } }, reply])).dropped).toEqual([]);
  });
  it("kayak hire: an own number of a phone's length and no trunk is no account (a reference, unnamed-codes.ts unnamedIds); one with a letter is the account", async () => {
    const phoneLength = { user: "The paddle snapped on the river, my number is 4155550134 if you need it." };
    expect((await scored([phoneLength, { from: "front", to: "damage", summary: "Snapped paddle on the river." }, reply])).dropped).toEqual(["reference=4155550134"]);
    const short = { user: "The paddle snapped on the river, my number is KY-5530 if you need it." };
    expect((await scored([short, { from: "front", to: "damage", summary: "Snapped paddle on the river." }, reply])).dropped).toEqual(["account_id=KY-5530"]);
  });
});
