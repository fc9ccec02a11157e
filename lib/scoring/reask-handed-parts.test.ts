// Two parts of one value handed under a key whose head word names the field re-asked (`return_address`
// for the address: reask.ts headIs) are one re-ask: "Flat 2, 19 Mill Street, Kendal LA9 4QT" given again
// after "Where would you like them sent back to?" had counted the address and its postcode, read as an
// unnamed code, as two. Near miss: two values inside a field of another name (`notes`) stay two things.
// Domains in no corpus: a knife-sharpening mail-in, a clock repairer, a costume hire.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const run = (first: string, payload: Record<string, unknown>, ask: string, reply: string) =>
  scored([{ user: first }, { from: "desk", to: "team", summary: "Customer wants the item back.", payload }, { agent: "team", says: ask }, { user: reply }]);

describe("parts of one handed value are one re-ask", () => {
  it.each([
    ["knife sharpening", "return_address", "Flat 2, 19 Mill Street, Kendal LA9 4QT"],
    ["clock repairer", "pickup_address", "Unit 5, 8 Dock Street, Whitby YO21 3AB"],
    ["costume hire", "forwarding_address", "Flat 9, 40 Kiln Street, Ely CB7 4DL"],
  ])("%s: the address and its postcode given again are one re-ask", async (_d, key, address) => {
    const r = await run(`Please send it back to ${address} when it's done.`, { [key]: address }, "Where would you like it sent back to?", `Same as I wrote at the start: ${address}`);
    expect(r.reasks).toHaveLength(1);
  });

  it.each([
    ["knife sharpening", "jo@example.org", "07700 900 118"],
    ["clock repairer", "sam@example.net", "07700 900 552"],
    ["costume hire", "ali@example.com", "07700 900 731"],
  ])("near miss, %s: an email and a phone inside `notes` are two re-asks", async (_d, email, phone) => {
    const r = await run(`Email me at ${email} or text ${phone} when it's ready.`, { notes: `${email} / ${phone}` }, "What's your email and your phone number?", `${email} and ${phone}, as I already said`);
    expect(r.reasks).toHaveLength(2);
  });
});
