// An agent question whose noun belongs to another thing asks for nothing known (asks.ts): a key's head
// word read alone with another noun before it ("what shoe sizes?" beside `group_size`,
// modifiedOtherwise), and a name asked with "its" ("what is its name?": a venue's, a boat's, never the
// person's the name slot holds, THINGS_OWN). Near misses: the head with the key's own modifier, a
// determiner or an adjective a bare question allows before it, and "your name" / "the name". Failure
// cases and near misses in a roller disco, a marina and a choir (domains in no corpus).
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const run = (stateBefore: Record<string, unknown>, says: string) =>
  scored([{ user: "Hi, I'd like to book something." }, { from: "front", to: "desk", summary: "Customer wants to book.", stateBefore, payload: stateBefore }, { agent: "desk", says }]);

describe("a key's head word with another noun before it", () => {
  it("roller disco: 'what skate sizes?' asks nothing of group_size; 'what group size?' and 'which size?' re-ask it", async () => {
    expect((await run({ group_size: 8 }, "Lovely. What skate sizes will everyone need?")).reasks).toEqual([]);
    expect((await run({ group_size: 8 }, "Lovely. What group size are we talking?")).reasks).toEqual(["group_size"]);
    expect((await run({ group_size: 8 }, "Lovely. And what size is the group?")).reasks).toEqual(["group_size"]);
  });
  it("marina: 'which fuel type?' asks nothing of engine_type; 'what's the exact type?' re-asks it", async () => {
    expect((await run({ engine_type: "outboard" }, "Which fuel type do you use?")).reasks).toEqual([]);
    expect((await run({ engine_type: "outboard" }, "What's the exact type?")).reasks).toEqual(["engine_type"]);
  });
});

describe("a name asked with 'its'", () => {
  it("choir: 'what is its name?' of the venue asks nothing of the singer's known name; 'your name' re-asks it", async () => {
    expect((await run({ name: "Ruth Adeyemi" }, "Do you have a venue yet? If so, what is its name?")).reasks).toEqual([]);
    expect((await run({ name: "Ruth Adeyemi" }, "Sorry, what is your name again?")).reasks).toEqual(["name"]);
  });
  it("marina: 'what's its full name?' of the boat asks nothing; 'the name on the booking?' re-asks the person's", async () => {
    expect((await run({ customer_name: "Tom Hale" }, "And the boat, what's its full name?")).reasks).toEqual([]);
    expect((await run({ customer_name: "Tom Hale" }, "What's the name on the booking?")).reasks).toEqual(["customer_name"]);
  });
});
