// The agent graph with real data, and key management: create (secret shown once, works for
// ingest), revoke (401 at once), and a threshold change with a rescore.
import { expect, test } from "@playwright/test";
import { baseUrl, createProjectWithUser, loadCorpus, logIn, screenshot } from "./helpers";

test("the agent graph shows agents and edges coloured by dropout", async ({ page }) => {
  const p = await createProjectWithUser("Graph project");
  await loadCorpus(p);
  await logIn(page, p);
  await page.goto(`${baseUrl()}/agents?range=7d`);
  const graph = page.getByRole("group", { name: "Agent graph" });
  await expect(graph).toBeVisible();
  await expect(graph.getByText("triage", { exact: true })).toBeVisible();
  await expect(graph.getByText("billing", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Edge table" }).getByRole("link", { name: "triage → billing" })).toBeVisible();
  await screenshot(page, "agents");
});

test("create a key, ingest with it, revoke it", async ({ page }) => {
  const p = await createProjectWithUser("Keys project");
  await logIn(page, p);
  await page.getByRole("navigation").getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Key name").fill("ci ingest");
  await page.getByRole("button", { name: "Create key" }).click();
  const secret = (await page.getByLabel("New key secret").textContent())!.trim();
  expect(secret).toMatch(/^bt_/);
  const send = () =>
    fetch(`${baseUrl()}/api/v1/events`, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ events: [{ id: `k-${Date.now()}`, conversationId: "k", timestamp: Date.now(), type: "message", role: "user", content: "hi" }] }),
    });
  expect((await send()).status).toBe(200);
  await page.reload();
  await expect(page.getByRole("row", { name: /ci ingest/ })).toContainText("bt_");
  await screenshot(page, "settings");
  await page.getByRole("button", { name: "Revoke ci ingest" }).click();
  await expect(page.getByRole("row", { name: /ci ingest/ })).toContainText("revoked");
  expect((await send()).status).toBe(401);
});

test("saving thresholds validates and a rescore shows progress", async ({ page }) => {
  const p = await createProjectWithUser("Thresholds project");
  await loadCorpus(p);
  await logIn(page, p);
  await page.goto(`${baseUrl()}/settings`);
  await page.getByLabel("Depth warn").fill("9");
  await page.getByLabel("Depth critical").fill("3");
  await page.getByRole("button", { name: "Save scoring settings" }).click();
  await expect(page.getByRole("status")).toContainText("depthCritical");
  await page.getByLabel("Depth warn").fill("3");
  await page.getByLabel("Depth critical").fill("9");
  await page.getByRole("button", { name: "Save scoring settings" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  await page.getByRole("button", { name: "Rescore all conversations" }).click();
  await expect(page.getByLabel("Rescore progress")).toBeVisible();
  // with warn lowered to 3, the 4- and 5-hop chains are now "deep" after the rescore
  await expect(async () => {
    await page.goto(`${baseUrl()}/conversations?range=7d&flag=deep`);
    await expect(page.getByRole("link", { name: /near-depth-5/ })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
});
