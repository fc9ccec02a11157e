// Every dashboard page in light, dark and at 390 px (issue 15, STYLE.md): one project holding two
// releases on triage → billing, a parallel fan-out, a chain of nested delegations and an alert rule,
// each page checked for its main content, then screenshotted by screenshots() — which fails when
// anything is wider than the phone or sticks out of its card. The PNGs land in
// tests/.artifacts/screens/screen-*.png for a person to look at. One test per page, so one bad page
// does not hide the others.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { fanOutConversation } from "../helpers/conversations";
import { twoReleases } from "../helpers/releases";
import { baseUrl, createProjectWithUser, escapingPanels, ingest, logIn, screenshot, screenshots, SCREENS_DIR, waitForScored, type E2EProject } from "./helpers";
import { nestedDelegationConversation } from "./nested-conversation";

test.describe.configure({ timeout: 120_000 });

let p: E2EProject;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  p = await createProjectWithUser("Screens project");
  await ingest(p.key, [...twoReleases(), ...fanOutConversation("screen-fan-out"), ...nestedDelegationConversation("screen-nested")]);
  await waitForScored(p, 42, { timeoutMs: 60_000 });
  const rule = { name: "Dropout above a third", metric: "dropout_rate", comparator: "gt", threshold: 0.33, windowMinutes: 60, webhooks: [{ url: "https://hooks.example.com/a", secret: "secret-a-123" }] };
  const res = await fetch(`${baseUrl()}/api/v1/alert-rules`, { method: "POST", headers: { authorization: `Bearer ${p.key}`, "content-type": "application/json" }, body: JSON.stringify(rule) });
  expect(res.status).toBe(201);
});

const PAGES: Array<[name: string, path: string, ready: (page: Page) => Promise<void>]> = [
  ["overview", "/?range=7d", async (page) => {
    await expect(page.getByRole("region", { name: "Edges" })).toBeVisible();
    await expect(page.locator(".recharts-surface").first()).toBeVisible(); // the trends are drawn in the browser
  }],
  ["conversations", "/conversations?range=7d", async (page) => void (await expect(page.getByRole("link", { name: "screen-nested" })).toBeVisible())],
  ["drill-down-fan-out", "/conversations/screen-fan-out", async (page) => void (await expect(page.getByRole("region", { name: "Fan-out from lead to 3 workers" })).toBeVisible())],
  ["drill-down-nested", "/conversations/screen-nested", async (page) => void (await expect(page.getByRole("region", { name: "Delegated from warehouse to carrier" })).toBeVisible())],
  ["agents", "/agents?range=7d", async (page) => void (await expect(page.getByRole("region", { name: "Edge table" }).getByRole("link", { name: "triage → billing" })).toBeVisible())],
  ["edge", "/edges/triage/billing?range=7d", async (page) => void (await expect(page.getByRole("region", { name: "Dropped fields" }).getByRole("row", { name: /email/ })).toBeVisible())],
  ["releases-compare", "/releases?a=r1&b=r2", async (page) => void (await expect(page.getByRole("region", { name: "Release comparison" })).toBeVisible())],
  ["contracts", "/contracts", async (page) => void (await expect(page.getByRole("region", { name: "Contract edges" }).getByRole("row", { name: /triage → billing/ })).toBeVisible())],
  ["contract", "/contracts/triage/billing", async (page) => void (await expect(page.getByRole("region", { name: "Fields" }).getByRole("row", { name: /order_id/ })).toBeVisible())],
  ["alerts", "/alerts", async (page) => void (await expect(page.getByRole("region", { name: "Rules" }).getByRole("row", { name: /Dropout above a third/ })).toBeVisible())],
  ["settings", "/settings", async (page) => void (await expect(page.getByRole("region", { name: "API keys" }).getByRole("row", { name: /e2e/ })).toBeVisible())],
];

for (const [name, path, ready] of PAGES) {
  test(`${name}: light, dark, 390 px`, async ({ page }) => {
    await logIn(page, p);
    await page.goto(`${baseUrl()}${path}`);
    await ready(page);
    await screenshots(page, `screen-${name}`);
  });
}

test("agent graph on a phone: drawn top to bottom, agents readable, links kept; a wide screen gets it left to right again", async ({ page }) => {
  await logIn(page, p);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${baseUrl()}/agents?range=7d`);
  const graph = page.getByRole("group", { name: "Agent graph" });
  await expect(graph).toHaveAttribute("data-layout", "narrow");
  // an agent's name drawn at 12 user units stays at least ~9 px tall on the phone (left to right it was ~4)
  const nameHeight = await graph.locator('a[data-agent="billing"] text').evaluate((t) => t.getBoundingClientRect().height);
  expect(nameHeight).toBeGreaterThanOrEqual(9);
  const box = (await graph.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  await screenshot(page, "screen-agents-graph-390");
  await graph.locator('a[data-agent="billing"]').click();
  await expect(page).toHaveURL(/\/conversations\?range=7d&agent=billing/);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${baseUrl()}/agents?range=7d`);
  await expect(graph).toHaveAttribute("data-layout", "wide");
});

test("login: light, dark, 390 px", async ({ page }) => {
  await page.goto(`${baseUrl()}/login`);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await screenshots(page, "screen-login");
});

test("the card check catches a button sticking out of its card, not a table scrolling inside one", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.setContent(`<main>
    <section class="panel" aria-label="API keys" style="width: 300px"><div style="display: flex"><input style="width: 256px; flex: none"><button>Create key</button></div></section>
    <section class="panel" aria-label="Edges" style="width: 300px"><div style="overflow-x: auto"><table style="min-width: 600px"><tr><td>wide</td></tr></table></div></section>
    <section class="panel" aria-label="Rules" style="width: 300px; overflow-x: auto"><table style="min-width: 600px"><tr><td>wide</td></tr></table></section>
  </main>`);
  const found = await escapingPanels(page);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/^API keys: <button> "Create key"/);
});

// screenshot() is bounded (a stalled capture fails the step, naming it and the page size, instead of
// eating the test timeout) and retries once. A web font that never arrives holds Playwright's
// capture at "waiting for fonts", which stands in for Chromium's stalled full-page capture.
const FONT_PAGE = `<style>@font-face { font-family: Slow; src: url(/slow-font.woff2); } body { font-family: Slow; }</style><main style="height: 1500px">text</main>`;

test("a screenshot that stalls twice fails within its bound, naming the step and the page size", async ({ page }) => {
  test.setTimeout(30_000);
  await page.route("**/slow-font.woff2", () => {}); // never answered
  await page.route("**/stall", (r) => r.fulfill({ contentType: "text/html", body: FONT_PAGE }));
  await page.goto(`${baseUrl()}/stall`, { waitUntil: "domcontentloaded" }); // "load" waits for the font
  const started = Date.now();
  const err = await screenshot(page, "self-test-stall", { timeoutMs: 1_000 }).then(() => null, (e: Error) => e);
  expect(err?.message).toMatch(/^screenshot "self-test-stall" stalled twice \(1000 ms each; viewport 1440×900, document 1440×15\d\d px\)/);
  expect(Date.now() - started).toBeLessThan(20_000); // bounded: 2 × 1 s plus the checks between, not the test timeout
});

test("near miss: a capture that stalls once is retried and written", async ({ page }) => {
  test.setTimeout(30_000);
  let release = () => {};
  const font = new Promise<void>((r) => (release = r));
  await page.route("**/slow-font.woff2", async (r) => {
    await font;
    await r.fulfill({ status: 404, body: "" }); // a failed font load also settles document.fonts
  });
  await page.route("**/stall", (r) => r.fulfill({ contentType: "text/html", body: FONT_PAGE }));
  await page.goto(`${baseUrl()}/stall`, { waitUntil: "domcontentloaded" });
  fs.rmSync(path.join(SCREENS_DIR, "self-test-retry.png"), { force: true });
  let stalls = 0;
  // the font arrives once the first attempt has given up: the retry must then succeed
  await screenshot(page, "self-test-retry", { timeoutMs: 5_000, onStall: () => (stalls++, release()) });
  expect(stalls).toBe(1);
  expect(fs.statSync(path.join(SCREENS_DIR, "self-test-retry.png")).size).toBeGreaterThan(0);
});
