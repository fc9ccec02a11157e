// The overview's leading-indicator panel on the demo's release story (scripts/demo/release-
// regression.ts, sent through the native API): the sentence names a ~2-day lead of H2R over a CSAT
// fall, the CSAT trend panel marks its level shift, the per-edge CSAT table shows the dropout
// edge; a level shift drills to its bucket's conversations; a 1-hour range says "not enough data".
// Screenshots of the panel in light and dark land in tests/.artifacts/screens/lead-indicator-*.png
// for a person to look at.
import { expect, test } from "@playwright/test";
import { releaseRegressionConversation } from "../../scripts/demo/release-regression";
import { baseUrl, createProjectWithUser, ingest, logIn, screenshot, waitForScored } from "./helpers";

test("leading indicator, change-points and CSAT by edge on the release story", async ({ page }) => {
  test.setTimeout(120_000);
  const p = await createProjectWithUser("Release story");
  let seed = 7;
  const r = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const now = Date.now();
  const events = Array.from({ length: 400 }, (_, i) => releaseRegressionConversation(i, 400, now, r)).flat();
  await ingest(p.key, events);
  await waitForScored(p, 400, { timeoutMs: 60_000 });
  await logIn(page, p);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${baseUrl()}/?range=7d`);
    const panel = page.getByRole("region", { name: "Leading indicator" });
    await expect(panel.getByTestId("lead-sentence")).toHaveText(/^H2R rises ~(1\.5|2|2\.5) days before CSAT falls, r = −0\.\d\d over 7 days, [\d,]+ conversations$/);
    // the charts draw after hydration, slow on a loaded machine
    await expect(panel.locator(".recharts-line-curve")).toHaveCount(2, { timeout: 20_000 });
    await panel.screenshot({ path: `tests/.artifacts/screens/lead-indicator-${scheme}.png` });
    await expect(page.getByRole("list", { name: "CSAT level shifts", exact: true })).toContainText("level down");
    await expect(page.getByRole("list", { name: "Handoffs to resolution level shifts", exact: true })).toContainText("level up");
    const edges = page.getByRole("region", { name: "CSAT by edge dropout" });
    await expect(edges.getByRole("row").filter({ hasText: "billing" }).first()).toContainText("−");
    await screenshot(page, `lead-indicator-overview-${scheme}`);
  }
  // a level shift drills like a point: the list line and the ▼ on the chart open the conversations
  // of the bucket where the new level starts, sorted by CSAT (the metric's drill)
  await page.goto(`${baseUrl()}/?range=7d`);
  const shift = page.getByRole("list", { name: "CSAT level shifts", exact: true }).getByRole("link").first();
  const q = new URL((await shift.getAttribute("href"))!, baseUrl()).searchParams;
  expect(q.get("sort")).toBe("csat");
  expect(Date.parse(q.get("to")!) - Date.parse(q.get("from")!)).toBeGreaterThanOrEqual(3_600_000);
  const marker = page.getByTestId("trend-csat_mean").getByTestId("change-marker").first();
  await expect(marker).toBeVisible({ timeout: 20_000 });
  await marker.click();
  await page.waitForURL((u) => u.pathname === "/conversations" && u.searchParams.get("from") === q.get("from") && u.searchParams.get("to") === q.get("to"));
  await expect(page.getByRole("row").nth(1)).toBeVisible({ timeout: 20_000 }); // a page load on a loaded machine
  await page.goto(`${baseUrl()}/?range=1h`);
  await expect(page.getByTestId("lead-sentence")).toHaveText(/^Not enough data/);
});
