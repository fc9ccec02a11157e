// Releases and the edge page in the browser (issue 15 items 3, 5): from the agent graph, a click on
// an edge opens its page (trends with release markers, dropped fields, re-asks, CSAT split, links to
// the conversations and the contract, and back); /releases compares two releases per edge. Light,
// dark and 390 px screenshots of both pages land in tests/.artifacts/screens.
import { expect, test, type Page } from "@playwright/test";
import { pool } from "../../lib/db/pool";
import { twoReleases } from "../helpers/releases";
import { baseUrl, screenshots, signedInProject } from "./helpers";

// several page loads per test, each rendering charts: on a loaded 2-core machine 60 s is too short
test.describe.configure({ timeout: 180_000 });

const releaseProject = (page: Page, name: string) => signedInProject(page, name, twoReleases(), { count: 40, released: true });

test("an edge of the agent graph opens the edge page, which links to its conversations and contract", async ({ page }) => {
  await releaseProject(page, "Edge project");
  await page.goto(`${baseUrl()}/agents?range=7d`);
  await page.getByRole("group", { name: "Agent graph" }).getByRole("link", { name: "edge triage → billing" }).click();
  await page.waitForURL(/\/edges\/triage\/billing\?range=7d$/);
  await expect(page.getByRole("heading", { name: "triage → billing" })).toBeVisible();
  await expect(page.getByLabel("Edge summary")).toContainText("40 handoffs");
  await expect(page.getByLabel("Edge summary")).toContainText("12 with a dropout");
  const fields = page.getByRole("region", { name: "Dropped fields" });
  await expect(fields.getByRole("row", { name: /email/ }).getByRole("cell").nth(1)).toHaveText("10");
  await expect(fields.getByRole("row", { name: /order_id/ }).getByRole("cell").nth(1)).toHaveText("2");
  await expect(page.getByRole("region", { name: "Re-ask examples" })).toContainText("What is your email address?");
  const csat = page.getByRole("region", { name: "CSAT and dropout" });
  await expect(csat).toContainText("2.00");
  await expect(csat).toContainText("4.00");
  // release markers on the trends: both releases were first seen in the last 7 days
  const trends = page.getByRole("region", { name: "Edge trends" });
  await expect(trends.getByText("r2", { exact: true }).first()).toBeVisible({ timeout: 20_000 });
  await expect(trends.getByText("r1", { exact: true }).first()).toBeVisible({ timeout: 20_000 });
  await screenshots(page, "edge");

  await page.getByRole("link", { name: "Contract →" }).click();
  await page.waitForURL(/\/contracts\/triage\/billing/);
  await page.getByRole("link", { name: "Edge page →", exact: true }).click();
  await page.waitForURL(/\/edges\/triage\/billing/);
  await page.getByRole("link", { name: "Conversations on this edge →" }).click();
  await page.waitForURL(/\/conversations\?.*edge=triage%E2%86%92billing/);
  // the contract page keeps no range, so the list opens on the default 24 h: the newest of r2
  await expect(page.getByText("cmp-r2-19")).toBeVisible();
});

test("the edge table links to the edge page, and an unknown edge says it has no handoffs", async ({ page }) => {
  await releaseProject(page, "Edge table project");
  await page.goto(`${baseUrl()}/agents?range=7d`);
  await page.getByRole("region", { name: "Edge table" }).getByRole("link", { name: "triage → billing" }).click();
  await page.waitForURL(/\/edges\/triage\/billing/);
  await page.goto(`${baseUrl()}/edges/billing/triage?range=7d`);
  await expect(page.getByText("No handoffs on this edge in this range.")).toBeVisible();
  await expect(page.getByText("This edge has never dropped a field.")).toBeVisible();
});

test("compare two releases per edge: differences with intervals, and the fields that started being dropped", async ({ page }) => {
  await releaseProject(page, "Release project");
  await page.goto(`${baseUrl()}/?range=7d`);
  await expect(page.getByRole("region", { name: "Trends" }).getByText("r2", { exact: true }).first()).toBeVisible({ timeout: 20_000 });
  await page.getByRole("navigation").getByRole("link", { name: "Releases" }).click();
  const list = page.getByRole("region", { name: "Release list" });
  await expect(list.getByRole("row", { name: /r1/ })).toContainText("20");
  await expect(list.getByRole("row", { name: /r2/ })).toContainText("20");
  // the two newest are preselected; compare the other way round, then back
  await page.getByLabel("Release A (baseline)").selectOption("r2");
  await page.getByLabel("Release B (compared)").selectOption("r1");
  await page.getByRole("button", { name: "Compare" }).click();
  await page.waitForURL(/a=r2&b=r1/);
  const edge = () => page.getByRole("region", { name: "Release comparison" }).getByRole("article", { name: "triage → billing" });
  await expect(edge().locator('tr[data-metric="Dropout"]')).toContainText("-40.0%");
  await page.getByLabel("Release A (baseline)").selectOption("r1");
  await page.getByLabel("Release B (compared)").selectOption("r2");
  await page.getByRole("button", { name: "Compare" }).click();
  await page.waitForURL(/a=r1&b=r2/);
  const dropout = edge().locator('tr[data-metric="Dropout"]');
  await expect(dropout).toContainText("+40.0%");
  await expect(dropout).toContainText("+11.6% … +61.3%");
  await expect(dropout).toContainText("*");
  await expect(edge().locator('tr[data-metric="CSAT"]')).toContainText("-0.80");
  await expect(edge().getByLabel("Started being dropped")).toContainText("email (10)");
  await expect(edge().getByLabel("Stopped being dropped")).toContainText("order_id (2)");
  await expect(edge().getByLabel("Payload keys added")).toContainText("priority");
  await screenshots(page, "releases");
  await edge().getByRole("link", { name: "triage → billing" }).click();
  await page.waitForURL(/\/edges\/triage\/billing/);
});

test("an edge-grouped alert links its group to the edge page", async ({ page }) => {
  const p = await releaseProject(page, "Edge alert project");
  await pool().query(
    `INSERT INTO alert_rules (project_id, id, name, metric, comparator, threshold, window_minutes, group_by, state)
     VALUES ($1, 'r-edge', 'Edge dropout', 'dropout_rate', 'gt', 0.1, 10080, 'edge', $2)`,
    [p.projectId, JSON.stringify({ "triage→billing": { state: "firing", since: new Date().toISOString(), lastValue: 0.3, pendingCount: 0, samples: 12, seq: 1 } })],
  );
  await page.goto(`${baseUrl()}/alerts`);
  await page.getByRole("link", { name: "triage→billing" }).first().click();
  await page.waitForURL(/\/edges\/triage\/billing/);
});
