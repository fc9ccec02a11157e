// Values in the forms users give them (facts.ts, values.ts): a person's own "number" with a phone's
// length is their phone ("my number is 07700900481"); an open identifier phrase that is a slot's
// key names that slot ("order no. 88123" is the order id); an identifier's noun, a copula and a
// code ("my reg is KP19 XRT"); "45 quid". Near misses: a short "my number", a noun that is no
// identifier, a code with no copula, a count. (A UK postcode read by its shape alone was tried and
// not kept: blind-c's floor refused it, and "TS40 7KQ" is as much a reference as a postcode.) Failure cases and near misses in a
// fishing tackle shop, a climbing wall and a vintage clothing resale (domains in no corpus).
import { describe, expect, it } from "vitest";
import { factsFromText } from "./facts";
import { scored } from "./conversation.test-util";

const facts = (t: string) => factsFromText(t).map((f) => `${f.field}=${f.value}`);

describe("reading values as users give them", () => {
  it("a person's own number with a phone's length is their phone", () => {
    expect(facts("my number's 07700900481 if the reel comes in")).toEqual(["phone=07700900481"]);
    expect(facts("Our number is +447700900481")).toEqual(["phone=+447700900481"]);
    // near misses: a short number is no phone (own-number.test.ts: it is the account), another thing's number
    expect(facts("my number is 48213 at the wall")).toEqual(["account_id=48213"]);
    expect(facts("the number is 07700900481 on the box")).toEqual(["unnamed_code=07700900481"]);
  });
  it("an open identifier phrase that is a slot's key names the slot", () => {
    expect(facts("Order no. 88123 arrived with a snapped rod")).toEqual(["order_id=88123"]);
    // near miss: an identifier no slot lists keeps its own name
    expect(facts("Locker no. 4410 is jammed")).toEqual(["locker_number=4410"]);
  });
  it("an identifier's noun, a copula and a code", () => {
    expect(facts("my reg is KP19 XRT for the car park")).toEqual(["licence_plate=KP19 XRT"]);
    expect(facts("The registration is KP19 XRT")).toEqual(["licence_plate=KP19 XRT"]);
    // near misses: a noun that names no identifier, a code with no copula before it
    expect(facts("my problem is ERR-55100 on the card machine")).toEqual(["unnamed_code=ERR-55100"]);
    expect(facts("I parked KP19 XRT outside")).toEqual(["unnamed_code=KP19 XRT"]);
  });
  it("a full name after 'I'm' / 'I am', any name after 'my name is'", () => {
    expect(facts("Hi, I'm Ade Okafor, the reel never came")).toEqual(["name=Ade Okafor"]);
    expect(facts("My name is Okafor and I climb on Tuesdays")).toEqual(["name=Okafor"]);
    // near misses: one capitalised word after "I'm" is no name
    expect(facts("I'm English and the sizes confuse me")).toEqual([]);
    expect(facts("Hi, I'm Stuck at work until 6")).toEqual([]);
  });
  it("money in words", () => {
    expect(facts("I paid 45 quid for the jacket")).toEqual(["amount=45 quid"]);
    expect(facts("it was 30 bucks")).toEqual(["amount=30 bucks"]);
    // near misses: a plate after a noun that is no identifier, a count of things, a grade
    expect(facts("the van is LN68 WPA")).toEqual(["unnamed_code=LN68 WPA"]);
    expect(facts("45 jackets and 3 coats")).toEqual([]);
    expect(facts("I climb 6A and 7B routes")).toEqual([]);
  });
});

describe("dropout of values read so, in three domains", () => {
  const reply = { agent: "desk", says: "Thanks, I'll sort it." };
  it("fishing tackle shop: 'my number's 07700900481' left out of the summary is a dropped phone; carried as +44 it is not", async () => {
    const ask = { user: "Order no. 88123 is short a reel, my number's 07700900481 if you need me." };
    expect((await scored([ask, { from: "front", to: "desk", summary: "Order 88123 missing a reel." }, reply])).dropped).toEqual(["phone=07700900481"]);
    expect((await scored([ask, { from: "front", to: "desk", summary: "Order 88123 missing a reel; call +44 7700 900481." }, reply])).dropped).toEqual([]);
  });
  it("climbing wall: the plate given as 'my reg is …' is dropped when left out", async () => {
    const ask = { user: "I got a parking fine at the wall, my reg is KP19 XRT. Can you cancel it?" };
    expect((await scored([ask, { from: "front", to: "desk", summary: "Member wants a parking fine cancelled." }, reply])).dropped).toEqual(["licence_plate=KP19 XRT"]);
    expect((await scored([ask, { from: "front", to: "desk", summary: "Cancel parking fine for KP19XRT." }, reply])).dropped).toEqual([]);
  });
  it("vintage clothing resale: '45 quid' left out is a dropped amount; carried as £45 it is not", async () => {
    const ask = { user: "I was paid 45 quid for the coat but the listing said 60. Seller VR-20931." };
    expect((await scored([ask, { from: "front", to: "desk", summary: "Seller VR-20931 underpaid for a coat (listing said 60)." }, reply])).dropped).toEqual(["amount=45 quid"]);
    expect((await scored([ask, { from: "front", to: "desk", summary: "Seller VR-20931 paid £45, listing said 60." }, reply])).dropped).toEqual([]);
  });
});
