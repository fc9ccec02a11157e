// The investigation path of issue 15: overview tile → filtered list → conversation → culprit handoff
// in three clicks, back to the list with its filters; drag-to-zoom on a trend, zoom/pan/fit and links
// on the agent graph, the time zone picker, the mobile (390 px) menu; screenshots light, dark, 390 px.
import { expect, test, type Page } from "@playwright/test";
import { baseUrl, createProjectWithUser, loadCorpus, logIn, screenshot, type E2EProject } from "./helpers";

let project: E2EProject;
test.beforeAll(async () => {
  project = await createProjectWithUser("Triage project");
  await loadCorpus(project);
});

async function overview(page: Page) {
  await logIn(page, project);
  await page.goto(`${baseUrl()}/?range=7d`);
  await expect(page.getByRole("region", { name: "Key figures" })).toBeVisible();
}

test("three clicks: dropout tile → filtered list → conversation → culprit handoff, and back with the filters", async ({ page }) => {
  await overview(page);
  const tile = page.locator('[data-metric="dropout_rate"]');
  await expect(tile).toContainText(/\d+ of \d+ handoffs dropped a field/);
  await screenshot(page, "triage-overview-light");

  await tile.getByRole("link", { name: /Dropout rate: show the conversations/ }).click(); // 1
  await expect(page).toHaveURL(/\/conversations\?.*flag=dropout/);
  await expect(page.getByTestId("result-count")).toContainText(/\d+ conversations? match/);
  const first = page.locator("tbody tr").first();
  await expect(first).toContainText("dropout");
  await screenshot(page, "triage-list-light");

  const listUrl = page.url();
  await first.locator("td").nth(3).click(); // 2: anywhere on the row, not only the id link
  await expect(page).toHaveURL(/\/conversations\/[^?]+\?list=/);
  await expect(page.locator('dl[aria-label="Outcome"]')).toContainText("CSAT");
  const culprit = page.getByTestId("culprit-link");
  await expect(culprit).toContainText(/handoff #\d+ .+ → .+ dropped/);
  await screenshot(page, "triage-conversation-light");

  await culprit.click(); // 3
  await expect(page).toHaveURL(/#handoff-\d+$/);
  const hash = new URL(page.url()).hash;
  await expect(page.locator(hash)).toBeInViewport();
  await expect(page.locator(hash)).toContainText("dropout");

  await page.getByRole("link", { name: "← Conversations" }).click();
  await expect(page).toHaveURL(listUrl);
  await expect(page.locator('[aria-label="Active filters"]')).toContainText("flag dropout");
});

test("a trend point opens its bucket, a drag zooms the range, the tooltip gives the count", async ({ page }) => {
  await overview(page);
  const chart = page.getByTestId("trend-conversations");
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.locator("svg.recharts-surface").boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await expect(chart.locator(".recharts-tooltip-wrapper")).toBeVisible();
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.8, y, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/\/\?.*range=custom.*from=.*to=/);
  const u = new URL(page.url());
  const span = Date.parse(u.searchParams.get("to")!) - Date.parse(u.searchParams.get("from")!);
  expect(span).toBeGreaterThan(0);
  expect(span).toBeLessThan(7 * 86_400_000); // a part of the 7 days, not all of them

  await page.goto(`${baseUrl()}/?range=7d`);
  const dropout = page.getByTestId("trend-dropout_rate");
  await dropout.scrollIntoViewIfNeeded();
  const b = (await dropout.locator("svg.recharts-surface").boundingBox())!;
  // hover until a tooltip shows a count, then click that bucket
  let text = "";
  for (const f of [0.2, 0.35, 0.5, 0.65, 0.8, 0.95]) {
    await page.mouse.move(b.x + b.width * f, b.y + b.height / 2);
    text = (await dropout.locator(".recharts-tooltip-wrapper").textContent()) ?? "";
    if (/of \d+ handoffs/.test(text)) break;
  }
  expect(text).toMatch(/\d+ of \d+ handoffs dropped a field/);
  await page.mouse.down();
  await page.mouse.up();
  await expect(page).toHaveURL(/\/conversations\?range=custom&from=.*&to=.*flag=dropout/);
});

test("agent graph: zoom, fit, an agent opens its conversations, an edge its edge page", async ({ page }) => {
  await logIn(page, project);
  await page.goto(`${baseUrl()}/agents?range=7d`);
  const graph = page.getByRole("group", { name: "Agent graph" });
  await expect(graph).toHaveAttribute("data-scale", "1.00");
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(graph).toHaveAttribute("data-scale", "1.40");
  await page.getByRole("button", { name: "Fit" }).click();
  await expect(graph).toHaveAttribute("data-scale", "1.00");
  await expect(graph.locator('a[data-edge="triage→billing"]')).toHaveAttribute("href", /^\/edges\/triage\/billing\?range=7d/);
  await screenshot(page, "triage-agents-light");
  await graph.locator('a[data-agent="billing"]').click();
  await expect(page).toHaveURL(/\/conversations\?range=7d&agent=billing/);
  await expect(page.locator("tbody tr").first()).toContainText("billing");
});

test("one time zone, chosen in the nav, labels the list and the custom range", async ({ page }) => {
  await logIn(page, project);
  await page.goto(`${baseUrl()}/conversations?range=7d`);
  // (while the page refreshes for the new zone React may keep the previous list in the DOM, hidden: the count a user
  // sees is the visible one, and two visible would still fail the locator's strict mode — CI f03575ab met the hidden one)
  const count = () => page.getByTestId("result-count").filter({ visible: true });
  await expect(count()).toContainText("times in UTC");
  await page.getByLabel("Time zone").selectOption("Asia/Tokyo");
  await expect(count()).toContainText("times in GMT+9");
  await page.getByText("Custom…").click();
  await expect(page.getByText("From (GMT+9)")).toBeVisible();
  await page.getByLabel("Time zone").selectOption("UTC");
  await expect(count()).toContainText("times in UTC");
});

test("dark scheme screenshots", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await overview(page);
  await screenshot(page, "triage-overview-dark");
  await page.goto(`${baseUrl()}/conversations?range=7d&sort=handoffs&dir=desc`);
  await expect(page.locator("tbody tr").first()).toBeVisible();
  await screenshot(page, "triage-list-dark");
  await page.locator("tbody tr").first().click();
  await expect(page.getByTestId("culprit-link").or(page.getByText("none: no handoff lost state"))).toBeVisible();
  await screenshot(page, "triage-conversation-dark");
});

test.describe("mobile 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the nav folds into a menu, tables scroll inside their card, nothing is cut off", async ({ page }) => {
    await overview(page);
    // elements reaching past the right edge (named, so a failure says what is cut off)
    const wide = () =>
      page.evaluate(() =>
        document.documentElement.scrollWidth <= 390
          ? 390
          : [...document.querySelectorAll("body *")]
              .filter((el) => el.getBoundingClientRect().right > 391 && !el.closest(".overflow-x-auto"))
              .slice(0, 5)
              .map((el) => `${el.tagName}.${el.className}`.slice(0, 120))
              .join(" | ") || document.documentElement.scrollWidth,
      );
    expect(await wide()).toBe(390);
    await expect(page.getByRole("navigation").getByRole("link", { name: "Conversations" })).toBeHidden();
    await screenshot(page, "triage-overview-390");
    await page.getByLabel("Menu").click();
    await page.getByRole("navigation").getByRole("link", { name: "Conversations" }).click();
    await expect(page).toHaveURL(/\/conversations/);
    await expect(page.locator("tbody tr").first()).toBeVisible();
    expect(await wide()).toBe(390);
    // the list fits the phone: one column, each row carrying its own flags and figures
    const card = page.locator("table").first().locator("xpath=..");
    expect(await card.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await expect(page.getByRole("columnheader", { name: "Flags" })).toBeHidden();
    await expect(page.locator("tbody tr").first().getByTestId("row-summary")).toBeVisible();
    await expect(page.locator("tbody tr").first().getByTestId("row-summary")).toContainText(/\d+ handoffs? · \w+ · /);
    await screenshot(page, "triage-list-390");
    await page.locator("tbody tr").first().click();
    await expect(page.getByRole("link", { name: "← Conversations" })).toBeVisible();
    expect(await wide()).toBe(390);
    await screenshot(page, "triage-conversation-390");
    await page.goto(`${baseUrl()}/agents?range=7d`);
    expect(await wide()).toBe(390);
    await screenshot(page, "triage-agents-390");
  });
});
