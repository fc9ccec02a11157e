// What a user checking a drift flag does: ingest a conversation through the API (an IT-helpdesk
// ask of two parts, of which triage hands over only one), open it, and read under its scores which
// judge scored intent, how sure it was, and the part of the ask that never reached an agent. A near
// miss beside it (both parts handed over) shows the judge and confidence but no lost part.
import { expect, test } from "@playwright/test";
import { baseUrl, screenshot, signedInProject } from "./helpers";

function twoPartAsk(id: string, summary: string, start: number) {
  const at = (s: number) => new Date(start + s * 1000).toISOString();
  return [
    { id: `${id}-1`, conversationId: id, timestamp: at(0), type: "message", role: "user", content: "Our new starter Chloe Park joins on 1 December. She needs a laptop, and a second monitor for her desk please." },
    { id: `${id}-2`, conversationId: id, timestamp: at(4), type: "handoff", from: "servicedesk", to: "hardware", summary, payload: { name: "Chloe Park" } },
    { id: `${id}-3`, conversationId: id, timestamp: at(9), type: "message", role: "agent", agent: "hardware", content: "Order HW-22871 is in: a Latitude laptop, ready for collection by 28 November." },
  ];
}

test("the drill-down names the intent judge, its confidence and the lost part", async ({ page }) => {
  const start = Date.now() - 600_000;
  await signedInProject(
    page,
    "Helpdesk",
    [
      ...twoPartAsk("it-partial", "New starter Chloe Park needs a laptop.", start),
      ...twoPartAsk("it-both", "New starter Chloe Park needs a laptop and a second monitor.", start + 60_000),
    ],
    { count: 2 },
  );

  await page.goto(`${baseUrl()}/conversations/it-partial`);
  const judgment = page.getByLabel("Intent judgment");
  await expect(judgment).toContainText("Intent judge offline");
  await expect(judgment).toContainText(/Confidence \d+%/);
  await expect(judgment).toContainText("Drift partial");
  await expect(judgment).toContainText("Lost part “a second monitor for her desk”");
  await expect(page.getByRole("region", { name: "Scores" })).toContainText("Intent driftyes");
  await screenshot(page, "conversation-intent-partial");

  await page.goto(`${baseUrl()}/conversations/it-both`);
  await expect(page.getByLabel("Intent judgment")).toContainText("Intent judge offline");
  await expect(page.getByLabel("Intent judgment")).not.toContainText("Lost part");
  await expect(page.getByRole("region", { name: "Scores" })).toContainText("Intent driftno");
});
