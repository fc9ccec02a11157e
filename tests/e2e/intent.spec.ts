// What a user checking a drift flag does: ingest a conversation through the API (an IT-helpdesk
// ask of two parts, of which triage hands over only one), open it, and read under its scores which
// judge scored intent, how sure it was, and the part of the ask that never reached an agent. A near
// miss beside it (both parts handed over) shows the judge and confidence but no lost part. Beside the
// rule of the drift flag, its record in the held-out tests; once the reviewer confirms the flag, the
// project's own reviews of that rule too (light, dark and 390 px screenshots).
import { expect, test } from "@playwright/test";
import { twoPartAskConversation as twoPartAsk } from "../helpers/conversations";
import { heldOutRecordText } from "../../lib/dashboard/rule-record-text";
import { ruleRecord } from "../../lib/scoring/drift-record";
import { baseUrl, screenshots, signedInProject } from "./helpers";

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
  // beside the rule, how often its flags were right in the held-out tests (lib/scoring/drift-record.json)
  await expect(judgment).toContainText("Rule lostPart");
  const record = judgment.getByTestId("intent-rule-record");
  await expect(record).toContainText(`Rule's record ${heldOutRecordText(ruleRecord("lostPart"))}`);
  await expect(record).toContainText(/right on \d+ of \d+ flags in held-out tests \(\d+ %\)/);
  await expect(record).not.toContainText("your reviews");
  // the reviewer confirms the drift (prefilled with Baton's verdict): the rule's record now counts the project's review
  const review = page.getByRole("region", { name: "Review" });
  await expect(review.getByLabel("drift: yes")).toBeChecked();
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(review.getByRole("status")).toHaveText("Review saved.");
  await page.reload();
  await expect(page.getByTestId("intent-rule-record")).toContainText("your reviews: 1 of 1 right");
  await screenshots(page, "conversation-intent-partial");

  await page.goto(`${baseUrl()}/conversations/it-both`);
  await expect(page.getByLabel("Intent judgment")).toContainText("Intent judge offline");
  await expect(page.getByLabel("Intent judgment")).not.toContainText("Lost part");
  await expect(page.getByTestId("intent-rule-record")).toHaveCount(0); // a preserved verdict has no rule record
  await expect(page.getByRole("region", { name: "Scores" })).toContainText("Intent driftno");
});
