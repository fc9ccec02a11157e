// Re-ask by the reply (reask.ts): the user saying they give a value again — "already gave it",
// "it was in my first message", "I literally just wrote it", "same as I told you" — beside a value
// known before the handoff. It makes a long reply count, and it shows that a message asking with
// no request words ("Best number to text you on when it's done.") did ask. A yes/no question
// never asks for the value, and a reply without such words to a statement volunteers it.
// Failure cases and near misses in kayak hire, piano tuning and an archery range (domains in no
// corpus); the conversations are written here.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const handoff = (summary: string) => ({ from: "front", to: "desk", summary });

describe("the reply says it repeats a known value", () => {
  it("kayak hire: a statement answered with the phone 'already gave it' is a re-ask; answered without it, or after a yes/no question, it is not", async () => {
    const ask = { user: "Two kayaks for Saturday 9am please, text me on 07700 900 481 if the weather turns." };
    const say = (says: string, user: string) => scored([ask, handoff("Two kayaks, Saturday 9am."), { agent: "desk", says }, { user }]);
    expect((await say("Booked. Best number to text you on if we cancel.", "07700 900 481 (already gave it)")).reasks).toEqual(["phone"]);
    expect((await say("Booked. We'll text you if we cancel.", "07700 900 481, great thanks")).reasks).toEqual([]);
    expect((await say("Booked. Shall I text the number you gave if we cancel?", "yes, 07700 900 481, already gave it")).reasks).toEqual([]);
  });
  it("piano tuning: a long reply pointing to the first message re-gives the email; a long reply adding a request does not", async () => {
    const ask = { user: "The upright needs tuning before the 14th, send the quote to lena.p@posteo.de please" };
    const say = (user: string) => scored([ask, handoff("Upright piano tuning before the 14th."), { agent: "desk", says: "Where should the quote go?" }, { user }]);
    expect((await say("lena.p@posteo.de, it was in my first message, thanks a lot for checking"))).toMatchObject({ reasks: ["email"] });
    expect((await say("lena.p@posteo.de is fine, and could you also check the pedals while you're there"))).toMatchObject({ reasks: [] });
  });
  it("archery range: 'I literally just wrote it' and 'same as I told you' beside the value; 'I just wrote to the club' elsewhere is not", async () => {
    const ask = { user: "I'd like to renew, my membership number is AR-55120." };
    const say = (user: string) => scored([ask, handoff("Membership renewal."), { agent: "desk", says: "Where do I find you on the system?" }, { user }]);
    expect((await say("I literally just wrote it. AR-55120, and please hurry as the range shuts soon")).reasks.length).toBe(1);
    expect((await say("AR-55120, same as I told you, could you renew it for the full year"))).toMatchObject({ reasks: ["account_id"] });
    expect((await say("I just wrote to the club secretary about it and she said you would know AR-55120 or something"))).toMatchObject({ reasks: [] });
  });
});

describe("the value repeated in another form", () => {
  it("kayak hire: the phone written without spaces beside 'already gave it' is found; another number beside it is not the known one", async () => {
    const ask = { user: "Two kayaks for Saturday 9am please, text me on 07700 900 481 if the weather turns." };
    const say = (user: string) => scored([ask, handoff("Two kayaks, Saturday 9am."), { agent: "desk", says: "Booked. Best way to reach you if we cancel." }, { user }]);
    expect((await say("07700900481 - already gave it"))).toMatchObject({ reasks: ["phone"] });
    expect((await say("07700900482 - already gave it"))).toMatchObject({ reasks: [] });
  });
});

describe("a reply that is nothing but a known value answers a request in any language", () => {
  const ask = (user: string, says: string, reply: string) =>
    scored([{ user }, handoff("Customer request."), { agent: "desk", says }, { user: reply }]);
  it("bike courier (German): an imperative without '?' answered with the order number alone is a re-ask; with more words it is not", async () => {
    const user = "Meine Bestellung KR-55120 ist nicht angekommen.";
    expect((await ask(user, "Bitte nennen Sie Ihre Bestellnummer.", "KR-55120")).reasks.length).toBe(1);
    expect((await ask(user, "Wir melden uns morgen bei Ihnen.", "KR-55120 danke, bis morgen dann")).reasks).toEqual([]);
  });
  it("cheese shop (French): the email alone after a request is a re-ask; a statement answered with thanks is not", async () => {
    const user = "Pouvez-vous envoyer la facture à claire.m@laposte.net ?";
    expect((await ask(user, "Merci d'indiquer votre adresse e-mail.", "claire.m@laposte.net")).reasks).toEqual(["email"]);
    expect((await ask(user, "La facture part demain.", "Merci beaucoup !")).reasks).toEqual([]);
  });
  it("surf school (Spanish): the booking code alone is a re-ask; after a message that states it, it is not", async () => {
    const user = "Tengo la reserva SF-30417 para el sábado.";
    expect((await ask(user, "Indíqueme su código de reserva, por favor.", "SF-30417")).reasks.length).toBe(1);
    expect((await ask(user, "Su reserva SF-30417 está confirmada.", "SF-30417")).reasks).toEqual([]);
  });
});
