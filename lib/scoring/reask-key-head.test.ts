// A slot asked for is known under a state key whose last word names it (reask.ts headField):
// "guest_email", "billing_postcode", "contact_mobile" hold the email, the postcode, the phone, so
// asking for them again re-asks those keys. Near misses: a key whose slot word is not its head
// ("email_verified"), two keys of the slot known at once (which one was asked is not said), and
// identifiers or names, where a modifier makes another thing ("pitch_card_number", "dog_name").
// Failure cases and near misses in a campsite, a bakery's orders and a ski-lift pass office
// (domains in no corpus).
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const run = (stateBefore: Record<string, unknown>, says: string) =>
  scored([{ user: "Hi, I need to change something on my booking." }, { from: "front", to: "desk", summary: "Customer wants a change.", stateBefore, payload: stateBefore }, { agent: "desk", says }]);

describe("a slot known under a key named by its head", () => {
  it("campsite: asking for the email re-asks guest_email; a key that only mentions email does not", async () => {
    expect((await run({ guest_email: "mo@posteo.de" }, "What's your email address?")).reasks).toEqual(["guest_email"]);
    expect((await run({ email_verified: "yes" }, "What's your email address?")).reasks).toEqual([]);
  });
  it("bakery orders: asking for the postcode re-asks billing_postcode; two postcodes known leave it open", async () => {
    expect((await run({ billing_postcode: "BS6 7RT" }, "Could you give me your postcode?")).reasks).toEqual(["billing_postcode"]);
    expect((await run({ billing_postcode: "BS6 7RT", delivery_postcode: "BS3 4PJ" }, "Could you give me your postcode?")).reasks).toEqual([]);
  });
  it("ski-lift pass office: 'Best number to text you on?' re-asks contact_mobile; asking for a pass photo does not", async () => {
    expect((await run({ contact_mobile: "07700 900 318" }, "Best number to text you on?")).reasks).toEqual(["contact_mobile"]);
    expect((await run({ contact_mobile: "07700 900 318" }, "Could you send a photo for the pass?")).reasks).toEqual([]);
  });
  it("near misses: an identifier or a name whose modifier makes another thing", async () => {
    expect((await run({ pitch_card_number: "PC-4410" }, "What's your card number for the deposit?")).reasks).toEqual([]);
    expect((await run({ dog_name: "Biscuit" }, "And your name, please?")).reasks).toEqual([]);
  });
});
