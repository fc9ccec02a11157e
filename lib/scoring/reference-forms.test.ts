// References in the forms users type them (values.ts spacedCodes / DIGIT_CODE_RE / CODE_RE with
// slashes, facts.ts unnamed codes) and one field per value (dropout.ts, reask.ts): failure cases and
// near misses in escape rooms, an allotment society, an ice rink and an observatory (domains in no
// corpus); the conversations are written here.
import { describe, expect, it } from "vitest";
import { factsFromText } from "./facts";
import { spacedCodes } from "./values";
import { scored } from "./conversation.test-util";

const facts = (t: string) => factsFromText(t).map((f) => `${f.field}=${f.value}`);

describe("reference forms", () => {
  it("reads a reference with slashes whole after its noun, never a part of it", () => {
    expect(facts("My booking reference is ER/2291/B and the room was locked.")).toContain("booking_id=ER/2291/B");
    expect(facts("The invoice number AS/0448 is wrong")).toContain("invoice_number=AS/0448");
    // near miss: a date with slashes is a date, not a reference
    expect(facts("My booking is for 12/03/2027")).toEqual(["date=12/03/2027"]);
  });

  it("reads references typed in spaced groups, and no phrase of words and small numbers", () => {
    expect(spacedCodes("reference PF 30127 please").map((c) => c.value)).toEqual(["PF 30127"]);
    expect(spacedCodes("skate hire IR 5502 for 2 people").map((c) => c.value)).toEqual(["IR 5502"]);
    expect(spacedCodes("member number 4471 0093 2210.").map((c) => c.value)).toEqual(["4471 0093 2210"]);
    expect(spacedCodes("locker 88 12 09").map((c) => c.value)).toEqual(["88 12 09"]);
    expect(spacedCodes("rink 3 for 10 people at 7 pm, 12 days ago")).toEqual([]);
    expect(spacedCodes("order 7781 12 days ago").map((c) => c.value)).toEqual([]);
    expect(facts("My membership number is 4471 0093 2210")).toEqual(["account_id=4471 0093 2210"]);
  });

  it("keeps digit groups joined by dashes and spaced references with letters as unnamed codes (re-ask evidence)", () => {
    expect(facts("I got a letter with 77-301-552 on it")).toEqual(["unnamed_code=77-301-552"]);
    expect(facts("the telescope slot should be on TS40 7KQ")).toEqual(["unnamed_code=TS40 7KQ"]);
    // near misses: a short dashed number, a date, a phone
    expect(facts("we were 4-5 people")).toEqual([]);
    expect(facts("booked for 2027-03-12")).toEqual(["date=2027-03-12"]);
    expect(facts("call me on 415-555-0134")).toEqual(["phone=415-555-0134"]);
  });
});

describe("an unnamed reference asked for again is dropped, named by what was asked", () => {
  const ask = (ref: string) => [{ user: `Hi, the confirmation letter has ${ref} on it, can I move to Friday?` },
    { from: "front", to: "bookings", summary: "Visitor wants to move the observatory tour to Friday." }];
  it("observatory: a dashed digit reference re-asked by 'What reference is on the letter?'", async () => {
    const r = await scored([...ask("55-210-874"), { agent: "bookings", says: "What reference is on the letter?" }, { user: "55-210-874" }]);
    expect(r).toEqual({ dropped: ["reference=55-210-874"], reasks: ["reference"] });
  });
  it("escape room: a spaced reference re-asked in other words", async () => {
    const r = await scored([...ask("ER 4410"), { agent: "bookings", says: "I'll need the code on your letter to move it." }, { user: "ER 4410, like I said." }]);
    expect(r.dropped).toEqual(["reference=ER 4410"]);
    expect(r.reasks.length).toBe(1);
  });
  it("ice rink (near miss): a reference the handoff carried with other spacing is no dropout", async () => {
    const r = await scored([{ user: "Hi, the letter has IR 5502 on it, can I move to Friday?" },
      { from: "front", to: "bookings", summary: "Move session ir5502 to Friday." },
      { agent: "bookings", says: "Done, moved to Friday." }]);
    expect(r).toEqual({ dropped: [], reasks: [] });
  });
});

describe("one value is one field, and one re-ask", () => {
  it("allotment society: a value held in state under its own key is named by that key only", async () => {
    const r = await scored([{ user: "Please post the seed order to zip 94110-2207, member AS-3391." },
      { state: { member_no: "AS-3391", ship_zip: "94110-2207" }, agent: "secretary" },
      { from: "secretary", to: "seeds", payload: { member_no: "AS-3391" }, summary: "Seed order by post." },
      { agent: "seeds", says: "I'll send the seeds this week." }]);
    expect(r.dropped).toEqual(["ship_zip=94110-2207"]);
  });
  it("allotment society (near miss): two different values stay two fields", async () => {
    const r = await scored([{ user: "Please post the seed order to zip 94110-2207, member AS-3391." },
      { state: { member_no: "AS-3391", ship_zip: "94107" }, agent: "secretary" },
      { from: "secretary", to: "seeds", payload: { member_no: "AS-3391" }, summary: "Seed order by post." },
      { agent: "seeds", says: "I'll send the seeds this week." }]);
    expect(r.dropped.sort()).toEqual(["postcode=94110-2207", "ship_zip=94107"]);
  });
  it("ice rink: a value known under a key and as an unnamed code, asked once, is one re-ask", async () => {
    const r = await scored([{ user: "Can I join the hockey session? Coach card HK-55190." },
      { state: { coach_card: "HK-55190" }, agent: "desk" },
      { from: "desk", to: "hockey", payload: { coach_card: "HK-55190" }, summary: "Hockey session." },
      { agent: "hockey", says: "Could you send me your coach card so I can check it?" }, { user: "HK-55190" }]);
    expect(r.reasks).toEqual(["coach_card"]);
  });
  it("observatory (near miss): two known values asked in one message are two re-asks", async () => {
    const r = await scored([{ user: "Tour booking OB-2210, my email is v.ross@posteo.de" },
      { from: "front", to: "tours", payload: { booking_id: "OB-2210", email: "v.ross@posteo.de" }, summary: "Tour question." },
      { agent: "tours", says: "What's your booking reference and the email on the booking?" }, { user: "OB-2210, v.ross@posteo.de" }]);
    expect(r.reasks.sort()).toEqual(["booking_id", "email"]);
  });
});

describe("a slot whose value a state key holds", () => {
  const steps = (question: string) => [{ user: "Please post the seed order to zip 94110-2207, member AS-3391." },
    { state: { member_no: "AS-3391", ship_zip: "94110-2207" }, agent: "secretary" },
    { from: "secretary", to: "seeds", payload: { member_no: "AS-3391", ship_zip: "94110-2207" }, summary: "Seed order by post." },
    { agent: "seeds", says: question }];
  it("allotment society: asking for the zip code re-asks the state key that held it", async () => {
    expect((await scored(steps("What's the zip code for the delivery?"))).reasks).toEqual(["ship_zip"]);
  });
  it("allotment society (near miss): asking for a value never given is no re-ask", async () => {
    expect((await scored(steps("What's your phone number, in case the courier needs it?"))).reasks).toEqual([]);
  });
});

describe("values given without a name, and spans that are no value", () => {
  it("a bare number of five digits or more is re-ask evidence; a year, a count or a measure is nothing", () => {
    expect(facts("It's 48213")).toEqual(["unnamed_code=48213"]);
    expect(facts("I was born in 1985 and have 3 dogs")).toEqual([]);
    expect(facts("we need 2x 500ml bottles at 10am")).toEqual([]);
    // a compound modifier is no reference; a lower-case reference is one
    expect(facts("my 9-year-old wants the 10-class pass")).toEqual([]);
    expect(facts("it's la-30917")).toEqual(["unnamed_code=la-30917"]);
  });
  it("a day and month without a year is a date; a frame size or a fraction is not", () => {
    expect(facts("The tour is at 14:30 on 12/03, for 2 people.")).toEqual(["date=12/03"]);
    expect(facts("a 50/70 frame and 1/2 the price")).toEqual([]);
  });
  it("a Dutch postcode after its noun is read whole", () => {
    expect(facts("Postcode 1012 AB, Amsterdam")).toEqual(["postcode=1012 AB"]);
    expect(facts("Postcode 10115, Berlin")).toEqual(["postcode=10115"]);
  });
  it("sailing club: a bare number the receiver asks for again is re-asked and dropped", async () => {
    const r = await scored([{ user: "Hi, I need to change my berth booking. It's 48213." },
      { from: "front", to: "berths", summary: "Member wants to change a berth booking." },
      { agent: "berths", says: "Sure, what's the booking number?" }, { user: "48213" }]);
    expect(r).toEqual({ dropped: ["booking_id=48213"], reasks: ["booking_id"] });
  });
  it("planetarium (near miss): a date carried written out is carried", async () => {
    const r = await scored([{ user: "Can I move my visit on 12/03 to the evening show?" },
      { from: "front", to: "shows", summary: "Move the 12 March visit to the evening show." },
      { agent: "shows", says: "Done, you're on the 7pm show." }]);
    expect(r).toEqual({ dropped: [], reasks: [] });
  });
});

describe("a month is a month's name, and a day a day", () => {
  it("reads written dates, and no date in a word that starts like a month or a day past 31", () => {
    expect(facts("Sailing on May 4th 2027, back on 4 Sept")).toEqual(["date=May 4th 2027", "date=4 Sept"]);
    expect(facts("maybe 40 guests at the planetarium")).toEqual([]);
    expect(facts("a decent 12 of us, marching 3 abreast")).toEqual([]);
    expect(facts("the allotment show is on March 40")).toEqual([]);
  });
  it("sailing club (near miss): 'maybe 40 people' in a clean handoff invents no dropped date", async () => {
    const r = await scored([{ user: "We'd like the clubhouse for a wake, maybe 40 people." },
      { from: "front", to: "events", summary: "Clubhouse hire for a wake." }, { agent: "events", says: "Of course, I'm sorry for your loss." }]);
    expect(r.dropped).toEqual([]);
  });
});

describe("a long reply that says it gives the value again", () => {
  const run = (ref: string, reply: string) => scored([{ user: `My booking reference is ${ref}, can I change the time?` },
    { from: "front", to: "desk", summary: "Change of time.", payload: { booking_id: ref } },
    { agent: "desk", says: "Happy to. Can you give me the details?" }, { user: reply }]);
  it.each([
    ["planetarium", "PL-2291", "PL-2291, I told you that at the start of this chat, honestly"],
    ["ice rink", "IR-5502", "Same as before, IR-5502, the one for the evening session with my kids"],
    ["sailing club", "SB-4410", "SB-4410, I just gave you that - it is the dinghy booking for Sunday morning"],
  ])("%s: a long reply repeating the value and saying so re-asks it", async (_d, ref, reply) => {
    expect((await run(ref, reply)).reasks).toEqual(["booking_id"]);
  });
  it("planetarium (near miss): a long reply that gives the value beside other news says nothing of repeating it", async () => {
    expect((await run("PL-2291", "The evening one please, on PL-2291 we are four people and one of us uses a wheelchair")).reasks).toEqual([]);
  });
});
