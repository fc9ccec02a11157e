// What a user does: log in, pick 7 d, see panels with data, filter conversations by dropout, open
// one and find the dropped field in its handoff's diff card.
import { expect, test } from "@playwright/test";
import { createProjectWithUser, loadCorpus, logIn, screenshot, baseUrl } from "./helpers";

test("log in, browse panels, drill into a dropout", async ({ page }) => {
  // the corpus scored, then four server-rendered navigations and three full-page screenshots: 60 s
  // ran out at load 20 (three runs, each past the steps that had failed before)
  test.setTimeout(120_000);
  const p = await createProjectWithUser("Support bot");
  await loadCorpus(p);

  await page.goto(`${baseUrl()}/`);
  await expect(page).toHaveURL(/\/login/);
  await logIn(page, p);

  // "7 d" is a real link (components/layout/range-picker.tsx), so a click before hydration navigates
  // too: what the URL waits for is the server render of the 7-day overview. Measured from the click
  // on the loaded 2-core box (load 15, five runs): 0.7–1.8 s, and once over 5 s in CI under load;
  // 20 s still fails a click that navigates nowhere.
  await page.getByRole("button", { name: "7 d" }).click();
  await expect(page).toHaveURL(/range=7d/, { timeout: 20_000 });
  await expect(page.getByRole("button", { name: "7 d" })).toHaveAttribute("aria-pressed", "true");
  const tiles = page.getByRole("region", { name: "Key figures" });
  await expect(tiles.getByText("Dropout rate").first()).toBeVisible();
  await expect(tiles.getByText("Conversations", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Dropout rate" }).locator("svg.recharts-surface")).toBeVisible();
  await expect(page.getByRole("region", { name: "Edges" }).getByRole("link").first()).toBeVisible();
  await screenshot(page, "overview");

  await page.getByRole("navigation").getByRole("link", { name: "Conversations" }).click();
  await page.locator("summary", { hasText: /^Flags/ }).click();
  await page.getByRole("group", { name: "Flags" }).getByLabel("dropout").check();
  await page.getByRole("button", { name: "Apply" }).click();
  // as with "7 d": a navigation whose URL changes when the filtered list has been rendered
  await expect(page).toHaveURL(/flag=dropout/, { timeout: 20_000 });
  await expect(page.getByRole("row").nth(1)).toContainText("dropout");
  await screenshot(page, "conversations-dropout");

  await page.getByRole("link", { name: /reask-order/ }).click();
  await expect(page.getByRole("heading", { name: "reask-order" })).toBeVisible();
  const diff = page.getByRole("table", { name: "State diff" }).first();
  await expect(diff.getByRole("row", { name: /dropped order_id 88123/ })).toBeVisible();
  await expect(page.getByText(/Re-ask: asked the user for/)).toBeVisible();
  await screenshot(page, "conversation-reask-order");
});

test("a session is required and logout ends it", async ({ page }) => {
  const p = await createProjectWithUser();
  await page.goto(`${baseUrl()}/conversations`);
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill(p.email);
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await logIn(page, p);
  await expect(page.getByRole("heading", { name: "No events in this project yet" })).toBeVisible();
  await screenshot(page, "empty-project");
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(`${baseUrl()}/`);
  await expect(page).toHaveURL(/\/login/);
});
