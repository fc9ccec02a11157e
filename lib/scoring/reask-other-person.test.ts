// A name asked for as another person's ("What's your daughter's name?", "his full name") does not
// ask for the user's own name again when the dialogue shows the known name is the user's own: given
// right after a self-naming word ("its helen markham", "I'm …") or in answer to "your name?"
// (reask.ts OTHER_PERSONS_NAME, givenAsOwn; blind-z1 `z-cheesecourse-brie-daughter`). The reply,
// sharing the family's surname, is then no known value given again either. Near misses, still
// re-asks: the other person's name was what the user gave (not as their own), the user's own name
// asked again, and a role the user may fill ("the cardholder's name"). facts25 tried the converse
// (a re-ask only when the user gave the other person's value near naming them) and lost held-out
// re-asks; this reading leaves every name whose owner the dialogue leaves open as it was.
// Glacier guiding, organ building and pearl diving (domains in no corpus; texts written here).
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const done = { agent: "desk", says: "Thanks, that's all changed." };
const reasks = async (first: string, payload: Record<string, unknown>, says: string, reply: string) =>
  (await scored([{ user: first }, { from: "front", to: "desk", summary: "See payload.", payload }, { agent: "desk", says }, { user: reply }, done])).reasks;

describe("another person's name is not the user's own asked again", () => {
  it("glacier guiding: the user named themself; 'your son's name' asks for a new value", async () => {
    const first = "Hi, I'm Tomas Reyes. Could my son take my place on the glacier walk GW-48812 instead?";
    expect(await reasks(first, { name: "Tomas Reyes", booking: "GW-48812" }, "Yes, over 14s can walk alone. What's your son's name?", "Mateo Reyes")).toEqual([]);
    // near miss: the user's own name asked again is a re-ask
    expect(await reasks(first, { name: "Tomas Reyes", booking: "GW-48812" }, "Yes. And what's your full name, please?", "Tomas Reyes, as I said")).toEqual(["name"]);
  });
  it("organ building: a name given in answer to 'your name?'; 'his name' asks for the organist's", async () => {
    const steps = [
      { user: "The swell box on our organ is sticking, can the builder come?" },
      { agent: "front", says: "Of course. What's your name?" },
      { user: "Ruth Adeyemi, churchwarden" },
      { from: "front", to: "desk", summary: "Ruth Adeyemi: swell box sticking.", payload: { name: "Ruth Adeyemi" } },
      { agent: "desk", says: "Our builder will liaise with your organist directly. What's his name?" },
      { user: "Daniel Adeyemi, my husband" },
      done,
    ];
    expect((await scored(steps)).reasks).toEqual([]);
    // near miss: a role the user may fill is read as before
    const role = [...steps.slice(0, 4), { agent: "desk", says: "For the deposit, what's the cardholder's name?" }, { user: "Ruth Adeyemi" }, done];
    expect((await scored(role)).reasks).toEqual(["name"]);
  });
  it("pearl diving: the other person's name was what the user gave, so asking it again re-asks it", async () => {
    const first = "I'm booking the pearl dive for my brother Kofi Mensah, PD-77120.";
    expect(await reasks(first, { name: "Kofi Mensah", dive: "PD-77120" }, "Lovely. What's your brother's full name?", "Kofi Mensah, I said it already")).toEqual(["name"]);
  });
});
