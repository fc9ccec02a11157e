// A user's change from one date or amount to another ("move the walk from 3 March 2026 to 10 March
// 2026") gives two values of one field. A handoff that carries the new value stated the change, and
// the old one is not owed (two dates or amounts in one message are often a from/to of one thing);
// a handoff that carries neither lost the change whole, and both values are dropped (dropout.ts,
// facts26; blind-ab2 `ab-weddingdj-date-dropped-then-asked` labelled both). Near misses: the new
// value carried, the old one carried. Glacier guiding, organ building and pearl diving (domains in
// no corpus; texts written here).
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const handed = async (user: string, summary: string, payload: Record<string, unknown> = {}) =>
  (await scored([{ user }, { from: "triage", to: "bookings", summary, payload }])).dropped.sort();

describe("a change lost whole drops both its values", () => {
  it("glacier guiding: both dates dropped when the summary carries neither; none when it carries the new one", async () => {
    const user = "The hut is closed, so please move our guided walk GW-48812 from 3 March 2026 to 10 March 2026.";
    expect(await handed(user, "Date change on GW-48812.", { booking: "GW-48812" })).toEqual(["date=10 March 2026", "date=3 March 2026"]);
    expect(await handed(user, "Move GW-48812 to 10 March 2026.", { booking: "GW-48812" })).toEqual([]);
  });
  it("organ building: both amounts dropped when the quote's change is lost; none when the new total crossed", async () => {
    const user = "Your quote OB-30917 went from £4,200.00 to £4,650.00 overnight. Please explain the increase.";
    expect(await handed(user, "Customer queries a quote increase on OB-30917.", { quote: "OB-30917" })).toEqual(["amount=£4,200.00", "amount=£4,650.00"]);
    expect(await handed(user, "Customer queries OB-30917, now £4,650.00.", { quote: "OB-30917" })).toEqual([]);
  });
  it("pearl diving: the new date dropped alone when only the old one crossed", async () => {
    const user = "Can you move dive PD-77120 from 2 May 2026 to 9 May 2026? The boat is full on the 2nd.";
    expect(await handed(user, "PD-77120 was on 2 May 2026; wants to move.", { dive: "PD-77120" })).toEqual(["date=9 May 2026"]);
    expect(await handed(user, "PD-77120 date change.", { dive: "PD-77120" })).toEqual(["date=2 May 2026", "date=9 May 2026"]);
  });
});
