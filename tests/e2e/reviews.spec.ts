// What a user who doubts a flag does: open the conversation, confirm or correct each verdict under
// Review and save; then, on /settings, read how often Baton agreed with the team's reviews and click
// from a false-alarm count to the conversations behind it. Checked in light, dark and at 390 px.
import { expect, test } from "@playwright/test";
import { pool } from "../../lib/db/pool";
import { baseUrl, ingest, screenshots, signedInProject, waitForScored } from "./helpers";

/** Triage hands the refund to billing without the order id; billing asks for it again (re-ask and dropout). */
function reask(id: string, start: number) {
  const at = (s: number) => new Date(start + s * 1000).toISOString();
  return [
    { id: `${id}-1`, conversationId: id, timestamp: at(0), type: "message", role: "user", content: "I'd like a refund for order 55120, the kettle arrived cracked." },
    { id: `${id}-2`, conversationId: id, timestamp: at(4), type: "handoff", from: "triage", to: "billing", summary: "Refund for a cracked kettle" },
    { id: `${id}-3`, conversationId: id, timestamp: at(9), type: "message", role: "agent", agent: "billing", content: "Sorry to hear that. Could you give me the order number?" },
  ];
}

test("a reviewer corrects a flag on the drill-down, and /settings counts it and links back to the conversation", async ({ page }) => {
  const p = await signedInProject(page, "Reviews", reask("kettle-refund", Date.now() - 600_000), { count: 1 });

  await page.goto(`${baseUrl()}/conversations/kettle-refund`);
  const review = page.getByRole("region", { name: "Review" });
  await expect(review).toContainText("Not reviewed");
  // prefilled with Baton's verdicts: dropout yes; the reviewer says the dropout is a false alarm
  await expect(review.getByLabel("dropout: yes")).toBeChecked();
  await review.getByLabel("dropout: no").check();
  await review.getByLabel("Note (optional)").fill("the order id is on the billing screen already");
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(review.getByRole("status")).toHaveText("Review saved.");
  await expect(review.getByTestId("review-summary")).toContainText("disagrees with Baton on dropout");
  await expect(review).toContainText("the order id is on the billing screen already");
  await screenshots(page, "conversation-review");

  // two tabs on the same review: the one that saves second, from the review it showed, is refused, naming who saved
  const other = await page.context().newPage();
  await other.goto(`${baseUrl()}/conversations/kettle-refund`);
  await review.getByLabel("Note (optional)").fill("the order id is on the billing screen already");
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(review.getByRole("status")).toHaveText("Review saved.");
  const stale = other.getByRole("region", { name: "Review" });
  await stale.getByLabel("re-ask: no").check();
  await stale.getByRole("button", { name: "Save review" }).click();
  await expect(stale.getByRole("status")).toContainText("reviewed meanwhile by");
  await other.close();
  await page.reload();
  await expect(review.getByLabel("re-ask: yes")).toBeChecked();

  await page.goto(`${baseUrl()}/settings`);
  const acc = page.getByRole("region", { name: "Scorer accuracy" });
  await expect(acc.getByTestId("review-totals")).toContainText("1 reviewed");
  const dropout = acc.getByTestId("accuracy-dropout");
  await expect(dropout).toContainText("0%"); // precision: the one dropout flag was wrong
  // the count's link says what it lists, not a bare "1"
  await dropout.getByRole("link", { name: "1 false alarm on dropout" }).click();
  await expect(page).toHaveURL(/review=wrong%3Adropout/);
  await expect(page.getByRole("link", { name: /kettle-refund/ }).first()).toBeVisible();
  // the list's filter form shows the review filter it was opened with, and offers it for any flag
  await expect(page.getByRole("combobox", { name: "Review" })).toHaveValue("wrong:dropout");
  await page.goto(`${baseUrl()}/settings`);
  await screenshots(page, "settings-review-accuracy");

  // a viewer reads the review (who, the labels, the note) and gets no form to change it
  await pool().query(`UPDATE project_members SET role = 'viewer' WHERE project_id = $1`, [p.projectId]);
  await page.goto(`${baseUrl()}/conversations/kettle-refund`);
  await expect(review.getByTestId("review-summary")).toContainText("disagrees with Baton on dropout");
  await expect(review.getByTestId("review-dropout")).toContainText("no");
  await expect(review).toContainText("the order id is on the billing screen already");
  await expect(review.getByRole("radio")).toHaveCount(0);
  await expect(review.getByRole("button")).toHaveCount(0);
  await screenshots(page, "conversation-review-viewer");

  // the customer writes again: the review labelled an earlier version, and the page says so
  await ingest(p.key, [{ id: "kettle-refund-4", conversationId: "kettle-refund", timestamp: new Date().toISOString(), type: "message", role: "user", content: "It's 55120, as I said." }]);
  await waitForScored(p, 1);
  await page.reload();
  await expect(review.getByTestId("review-outdated")).toContainText("1 event since this review");
});
