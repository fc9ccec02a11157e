// A known field's key words are read as whole words in the agent's question (asks.ts wordsAt): a
// compound that begins or ends with them names another thing. "Which courtroom is it in?" does not
// ask again for `court` (Snaresbrook Crown Court, blind-v1 `v-interpreting-court-graph`), "What's your
// website?" not for `site`. Near misses: the key's word itself, its plural, and a longer word whose rest
// is no word ("registration" for `reg`) still re-ask.
// Failure cases and near misses in a court interpreting desk, a snow-clearing contractor and a
// school uniform shop (the last two in no corpus).
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const run = (stateBefore: Record<string, unknown>, says: string) =>
  scored([{ user: "Hi, I need to book this for next week." }, { from: "front", to: "desk", summary: "Customer wants a booking.", stateBefore, payload: {} }, { agent: "desk", says }]);

describe("a known field's words inside a compound", () => {
  it("court interpreting: 'Which courtroom?' asks for a room, not the known court; 'Which court?' re-asks it", async () => {
    expect((await run({ court: "Snaresbrook Crown Court" }, "Which courtroom is the hearing listed in?")).reasks).toEqual([]);
    expect((await run({ court: "Snaresbrook Crown Court" }, "Which court is the hearing listed in?")).reasks).toEqual(["court"]);
  });
  it("snow clearing: 'What's the website?' does not ask for the known site; 'Which site is it?' does", async () => {
    expect((await run({ site: "Northgate retail park" }, "What's the website for your tenants?")).reasks).toEqual([]);
    expect((await run({ site: "Northgate retail park" }, "Which site is it?")).reasks).toEqual(["site"]);
  });
  it("garage: 'registration' still asks for the known `reg` (an abbreviation: the rest is no word); a statement naming it asks nothing", async () => {
    expect((await run({ reg: "YK68 OPL" }, "What's the car's registration?")).reasks).toEqual(["reg"]);
    expect((await run({ reg: "YK68 OPL" }, "The registration goes on the courtesy car form.")).reasks).toEqual([]);
  });
  it("uniform shop: 'Which classroom?' is another thing than the known class; 'Which classes?' (plural) re-asks it", async () => {
    expect((await run({ class: "Year 4 Oak" }, "Which classroom should we deliver the jumpers to?")).reasks).toEqual([]);
    expect((await run({ class: "Year 4 Oak" }, "Which classes are the jumpers for?")).reasks).toEqual(["class"]);
  });
});
