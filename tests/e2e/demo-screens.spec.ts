// Every page with demo data (`npm run demo`'s loader, through the real OpenAI Agents SDK and
// LangGraph), in light and dark: each must render its panels with data; the screenshots land in
// tests/.artifacts/screens/demo-*.png for a person to look at.
import { expect, test } from "@playwright/test";
import { pool } from "../../lib/db/pool";
import { loadDemo } from "../../scripts/demo";
import { baseUrl, createProjectWithUser, logIn, screenshot } from "./helpers";

test("every page with demo data, light and dark", async ({ page }) => {
  test.setTimeout(120_000);
  const p = await createProjectWithUser("Demo shop");
  await loadDemo({ url: baseUrl(), key: p.key, count: 60, log: () => {} });
  // every demo conversation scored with all of its events (an SDK trace arrives in several exports,
  // each scored), or the test fails here (not later, on a half-empty page)
  await expect
    .poll(
      async () => {
        const { rows } = await pool().query(
          `SELECT (SELECT count(DISTINCT conversation_id)::int FROM events WHERE project_id = $1) AS stored,
                  (SELECT count(*)::int FROM conversations c WHERE c.project_id = $1 AND c.scored_at IS NOT NULL
                      AND c.event_count = (SELECT count(*) FROM events e WHERE e.project_id = c.project_id AND e.conversation_id = c.id)) AS scored`,
          [p.projectId],
        );
        return rows[0].stored >= 60 && rows[0].scored === rows[0].stored ? "all scored" : `${rows[0].scored} of ${rows[0].stored} scored`;
      },
      { timeout: 60_000, intervals: [150] },
    )
    .toBe("all scored");
  const { rows } = await pool().query(
    `SELECT (SELECT id FROM conversations WHERE project_id = $1 AND 'supervisor' = ANY(agents) LIMIT 1) AS sup,
            (SELECT id FROM conversations WHERE project_id = $1 AND 'dropout' = ANY(flags) LIMIT 1) AS drop`,
    [p.projectId],
  );
  // the demo's LangGraph share includes supervisor round trips (about one run in eight): 60 runs have one
  expect(rows[0].sup, "a supervisor conversation in the demo data").toBeTruthy();
  expect(rows[0].drop, "a dropout conversation in the demo data").toBeTruthy();
  await logIn(page, p);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${baseUrl()}/?range=7d`);
    await expect(page.getByText("Dropout rate").first()).toBeVisible();
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    await screenshot(page, `demo-overview-${scheme}`);
    await page.goto(`${baseUrl()}/conversations?range=7d`);
    await expect(page.getByRole("link", { name: /demo-00/ }).first()).toBeVisible();
    await screenshot(page, `demo-conversations-${scheme}`);
    await page.goto(`${baseUrl()}/conversations/${rows[0].drop}`);
    await expect(page.getByText("dropped", { exact: true }).first()).toBeVisible();
    await screenshot(page, `demo-conversation-dropout-${scheme}`);
    await page.goto(`${baseUrl()}/conversations/${rows[0].sup}`);
    await expect(page.getByText("return").first()).toBeVisible();
    await screenshot(page, `demo-conversation-supervisor-${scheme}`);
    await page.goto(`${baseUrl()}/agents?range=7d`);
    await expect(page.locator("svg").filter({ hasText: "triage" }).first()).toBeVisible();
    await screenshot(page, `demo-agents-${scheme}`);
    await page.goto(`${baseUrl()}/alerts`);
    await expect(page.getByRole("heading", { name: "New rule" })).toBeVisible();
    await screenshot(page, `demo-alerts-${scheme}`);
    await page.goto(`${baseUrl()}/settings`);
    await expect(page.getByRole("heading", { name: "API keys" })).toBeVisible();
    await screenshot(page, `demo-settings-${scheme}`);
  }
});
