// What a user sees of the outbound guards: a project judge URL on a private address is refused
// when saved (naming the field and the opt-in), and a rule edited on /alerts without retyping its
// signing secret keeps the stored one (the form shows only a mask) and still signs deliveries.
import { expect, test } from "@playwright/test";
import { verify } from "../../lib/alerts/notify";
import { startReceiver } from "../helpers/receiver";
import { createProjectWithUser, logIn } from "./helpers";

test("a private judge URL is refused when saved; a public one is accepted", async ({ page }) => {
  const p = await createProjectWithUser("Judge guard project");
  await logIn(page, p);
  await page.getByRole("navigation").getByRole("link", { name: "Settings" }).click();
  const scoring = page.getByRole("region", { name: "Scoring" });
  await scoring.getByLabel("Intent judge").selectOption("llm");
  await scoring.getByLabel("Endpoint URL").fill("http://[::ffff:127.0.0.1]:11434/v1");
  await scoring.getByLabel("Model").fill("m");
  await scoring.getByRole("button", { name: "Save scoring settings" }).click();
  await expect(scoring.getByRole("status")).toHaveText(/^judge\.url: refusing \[::ffff:7f00:1\]: .*BATON_JUDGE_ALLOW_PRIVATE=1/);
  await expect(scoring).toContainText("an endpoint set here gets no API key");
  await scoring.getByLabel("Endpoint URL").fill("https://llm.example.com/v1");
  await scoring.getByRole("button", { name: "Save scoring settings" }).click();
  await expect(scoring.getByRole("status")).toHaveText(/^Saved\./);
});

test("editing a rule without retyping its secret keeps the stored secret", async ({ page }) => {
  const p = await createProjectWithUser("Secret edit project");
  const rx = await startReceiver();
  try {
    await logIn(page, p);
    await page.getByRole("navigation").getByRole("link", { name: "Alerts" }).click();
    const form = page.getByRole("form", { name: "New rule" });
    await form.getByLabel("Name").fill("Keep my secret");
    await form.getByLabel("Webhook URL").fill(rx.url);
    await form.getByLabel("Signing secret").fill("e2e-kept-secret-1");
    await form.getByRole("button", { name: "Create rule" }).click();
    await expect(form.getByRole("status")).toHaveText("Rule created.");

    await page.getByText("Edit", { exact: true }).click();
    const edit = page.getByRole("form", { name: "Edit Keep my secret" });
    await edit.getByLabel("Threshold").fill("0.3");
    await edit.getByRole("button", { name: "Save rule" }).click();
    await expect(edit.getByRole("status")).toHaveText("Rule updated.");

    await page.getByRole("button", { name: "Send test for Keep my secret" }).click();
    await rx.waitFor((got) => got.length === 1);
    expect(verify("e2e-kept-secret-1", rx.received[0].body, rx.received[0].signature)).toBe(true);
    expect(rx.received[0].json.threshold).toBe(0.3);
  } finally {
    await rx.close();
  }
});
