// The shared table (components/ui/data-table.tsx) on every page that uses it: the overview's edge
// tables (a row opens its edge page), the release list, the alert rules and history, and the API
// key, user and erasure tables on /settings — each screenshotted light, dark and at 390 px, where
// a wide table scrolls inside its card instead of widening the page (screenshots() checks that).
import { expect, test } from "@playwright/test";
import { twoReleases } from "../helpers/releases";
import { baseUrl, screenshots, signedInProject } from "./helpers";

test.describe.configure({ timeout: 240_000 });

test("overview, releases, alerts and settings tables: content, row link, light/dark/390 px", async ({ page }) => {
  const p = await signedInProject(page, "Tables project", twoReleases(), { count: 40, released: true });
  const api = (path: string, body: unknown) =>
    fetch(`${baseUrl()}${path}`, { method: "POST", headers: { authorization: `Bearer ${p.key}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  expect((await api("/api/v1/erasure", { identifier: "nobody@example.com" })).status).toBe(200);
  const rule = { name: "Dropout above a third", metric: "dropout_rate", comparator: "gt", threshold: 0.33, windowMinutes: 60, webhooks: [{ url: "https://hooks.example.com/a", secret: "secret-a-123" }] };
  expect((await api("/api/v1/alert-rules", rule)).status).toBe(201);

  await page.goto(`${baseUrl()}/?range=7d`);
  const edges = page.getByRole("region", { name: "Edges" });
  const row = edges.getByRole("row", { name: /triage → billing/ });
  await expect(row.getByRole("cell").nth(1)).toHaveText("40");
  await expect(row.getByRole("cell").nth(2)).toHaveText("12");
  await expect(page.getByRole("region", { name: "CSAT by edge dropout" }).getByRole("row", { name: /triage → billing/ })).toContainText("2.00");
  await screenshots(page, "table-overview");
  // the whole row opens the edge page, not only the link in its first cell
  await row.getByRole("cell").nth(3).click();
  await page.waitForURL(/\/edges\/triage\/billing\?range=7d/);

  await page.goto(`${baseUrl()}/releases`);
  const list = page.getByRole("region", { name: "Release list" });
  await expect(list.getByRole("columnheader")).toHaveText(["release", "first seen", "last seen", "conversations", "handoffs"]);
  await expect(list.getByRole("row", { name: /r2/ }).getByRole("cell").nth(3)).toHaveText("20");
  await screenshots(page, "table-releases");

  await page.goto(`${baseUrl()}/alerts`);
  await expect(page.getByRole("region", { name: "Rules" }).getByRole("row", { name: /Dropout above a third/ })).toContainText("1 webhook");
  await expect(page.getByRole("region", { name: "History" })).toContainText("Nothing has fired yet.");
  await screenshots(page, "table-alerts");

  await page.goto(`${baseUrl()}/settings`);
  await expect(page.getByRole("region", { name: "Erasures" }).getByRole("row", { name: /identifier no/ })).toContainText("done");
  await expect(page.getByRole("region", { name: "API keys" }).getByRole("row", { name: /e2e/ })).toContainText("bt_");
  await screenshots(page, "table-settings");
});
