// A user creates a rule on /alerts and sees it fire, with the webhook delivered; and edits all of
// a rule's webhooks in its form.
import { expect, test } from "@playwright/test";
import { startReceiver } from "../helpers/receiver";
import { pool } from "../../lib/db/pool";
import { baseUrl, createProjectWithUser, ingest, logIn, screenshot } from "./helpers";
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

test("edit all of a rule's webhooks: remove one, add one, keep a stored secret", async ({ page }) => {
  const p = await createProjectWithUser("Webhook editing project");
  const hooks = [{ url: "https://hooks.example.com/one", secret: "secret-one-1" }, { url: "https://hooks.example.com/two", secret: "secret-two-2" }];
  const created = await fetch(`${baseUrl()}/api/v1/alert-rules`, {
    method: "POST",
    headers: { authorization: `Bearer ${p.key}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "Two hooks", metric: "dropout_rate", comparator: "gt", threshold: 0.5, windowMinutes: 60, webhooks: hooks }),
  });
  expect(created.status).toBe(201);
  const { id } = await created.json();
  await logIn(page, p);
  await page.goto(`${baseUrl()}/alerts`);
  const rules = page.getByRole("region", { name: "Rules" });
  await rules.getByText("Edit", { exact: true }).click();
  const form = page.getByRole("form", { name: "Edit Two hooks" });
  await expect(form.getByLabel("Webhook URL")).toHaveCount(2);
  await expect(form.getByRole("group", { name: "Webhook 2" }).getByLabel("Webhook URL")).toHaveValue(hooks[1].url);
  await expect(form.getByRole("group", { name: "Webhook 1" }).getByLabel("Signing secret")).toHaveAttribute("placeholder", "unchanged");
  await form.getByRole("button", { name: "Remove webhook 1" }).click();
  await form.getByRole("button", { name: "Add webhook" }).click();
  const added = form.getByRole("group", { name: "Webhook 2" });
  await added.getByLabel("Webhook URL").fill("https://hooks.example.com/three");
  await added.getByLabel("Signing secret").fill("secret-three");
  await screenshot(page, "alerts-edit-webhooks");
  await form.getByRole("button", { name: "Save rule" }).click();
  await expect(form.getByRole("status")).toHaveText("Rule updated.");
  const { rows } = await pool().query(`SELECT webhooks FROM alert_rules WHERE project_id = $1 AND id = $2`, [p.projectId, id]);
  expect(rows[0].webhooks).toEqual([hooks[1], { url: "https://hooks.example.com/three", secret: "secret-three" }]);
  await expect(rules.getByRole("row", { name: /Two hooks/ })).toContainText("2 webhooks");
});
