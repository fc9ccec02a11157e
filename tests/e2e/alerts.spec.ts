// A user creates a rule on /alerts and sees it fire, with the webhook delivered.
import { expect, test } from "@playwright/test";
import { startReceiver } from "../helpers/receiver";
import { createProjectWithUser, ingest, logIn, screenshot } from "./helpers";
import { dropoutConversation } from "../helpers/conversations";

test("create a rule on /alerts and see it fire", async ({ page }) => {
  const p = await createProjectWithUser("Alerting project");
  const rx = await startReceiver();
  try {
    await logIn(page, p);
    await page.getByRole("navigation").getByRole("link", { name: "Alerts" }).click();
    const form = page.getByRole("form", { name: "New rule" });
    await form.getByLabel("Name").fill("Dropout above half");
    await form.getByLabel("Metric").selectOption("dropout_rate");
    await form.getByLabel("Threshold").fill("0.5");
    await form.getByLabel("At least (samples)").fill("2");
    await form.getByLabel("Evaluate every (s)").fill("5");
    await form.getByLabel("Webhook URL").fill(rx.url);
    await form.getByLabel("Signing secret").fill("e2e-secret-123");
    await form.getByRole("button", { name: "Create rule" }).click();
    await expect(form.getByRole("status")).toHaveText("Rule created.");

    const events = Array.from({ length: 4 }, (_, i) => dropoutConversation(`alert-e2e-${i}`)).flat();
    await ingest(p.key, events);

    await rx.waitFor((got) => got.some((x) => x.json.state === "firing"), 30_000);
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("region", { name: "Rules" }).getByText("firing", { exact: true })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByRole("region", { name: "History" }).getByRole("row", { name: /Dropout above half firing/ })).toContainText("delivered");
    await screenshot(page, "alerts");
  } finally {
    await rx.close();
  }
});
