// The first hour with Baton: the empty project's page gives setups that work (its curl is run as
// printed and the event shows up; the OpenAI setup is the one that replaces the SDK's exporter,
// with groupId and the Responses caveat), and a structure-only conversation's drill-down says
// which scores cannot be computed and why (a near miss with one message of text has no banner).
// Screenshots of the banner, light and dark: tests/.artifacts/screens/structure-only-*.png.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { pool } from "../../lib/db/pool";
import { baseUrl, createProjectWithUser, ingest, logIn, screenshot } from "./helpers";

const sh = promisify(execFile);

async function waitScored(projectId: string, ids: string[]) {
  for (let t = 0; t < 200; t++) {
    const { rows } = await pool().query(`SELECT count(*)::int AS n FROM conversations WHERE project_id = $1 AND id = ANY($2) AND scored_at IS NOT NULL`, [projectId, ids]);
    if (rows[0].n === ids.length) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${ids.join(", ")} not scored in time`);
}

/** Handoffs and a tool call, as an OpenAI Responses-model trace maps them: no message text. */
function structureOnly(conversationId: string, withText: boolean) {
  const t = Date.now() - 60_000;
  return [
    ...(withText ? [{ id: `${conversationId}-m`, conversationId, timestamp: t, type: "message", role: "user", content: "Refund order ORD-20417 please" }] : []),
    { id: `${conversationId}-h1`, conversationId, timestamp: t + 1000, type: "handoff", from: "triage", to: "billing", payload: { order_id: "ORD-20417" } },
    { id: `${conversationId}-t`, conversationId, timestamp: t + 2000, type: "tool_call", agent: "billing", tool: "lookup_order", args: { order_id: "ORD-20417" }, result: { status: "in_transit" } },
    { id: `${conversationId}-h2`, conversationId, timestamp: t + 3000, type: "handoff", from: "billing", to: "returns", payload: { order_id: "ORD-20417" } },
  ];
}

test("the empty project's curl works as printed and its OpenAI setup is the one that works", async ({ page }) => {
  const p = await createProjectWithUser("First hour");
  await logIn(page, p);
  await expect(page.getByRole("heading", { name: "No events in this project yet" })).toBeVisible();
  const blocks = page.locator("pre");
  const openAi = await blocks.nth(1).innerText();
  expect(openAi).toContain(`setTraceProcessors([new BatchTraceProcessor(new OpenAITracingExporter({`);
  expect(openAi).toContain(`endpoint: "${baseUrl()}/api/v1/integrations/openai-agents/traces"`);
  expect(openAi).toContain(`from "@openai/agents"`);
  expect(openAi).toMatch(/new Runner\(\{ groupId: /);
  await expect(page.getByText(/same groupId/)).toBeVisible();
  await expect(page.getByText(/Responses model the SDK exports structure only/)).toBeVisible();
  await screenshot(page, "empty-project-first-hour");

  const curl = await blocks.nth(0).innerText();
  const { stdout } = await sh("sh", ["-c", `${curl} -sS`], { env: { ...process.env, BATON_KEY: p.key } });
  expect(JSON.parse(stdout)).toEqual({ accepted: 1, duplicates: 0, errors: [] });
  // the event is in the default range (last 24 h): the overview is no longer the empty page
  await waitScored(p.projectId, ["c1"]);
  await page.goto(`${baseUrl()}/`);
  await expect(page.getByRole("region", { name: "Key figures" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No events in this project yet" })).toHaveCount(0);
});

test("a structure-only conversation's drill-down lists the scores it cannot compute and why", async ({ page }) => {
  const p = await createProjectWithUser("Structure only");
  await ingest(p.key, [...structureOnly("so-responses", false), ...structureOnly("so-with-text", true)]);
  await waitScored(p.projectId, ["so-responses", "so-with-text"]);
  await logIn(page, p);

  await page.goto(`${baseUrl()}/conversations/so-with-text`);
  await expect(page.getByRole("heading", { name: "so-with-text" })).toBeVisible();
  await expect(page.getByRole("note", { name: "Structure only" })).toHaveCount(0);

  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${baseUrl()}/conversations/so-responses`);
    const banner = page.getByRole("note", { name: "Structure only" });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText("no message content");
    await expect(banner.getByRole("listitem").filter({ hasText: "Re-asks" })).toContainText("no message content in trace");
    await expect(banner.getByRole("listitem").filter({ hasText: "Intent preservation" })).toContainText("— ");
    // scores that were computed are not listed
    await expect(banner.getByRole("listitem").filter({ hasText: "Max depth" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Scores" })).toBeVisible();
    await screenshot(page, `structure-only-${scheme}`);
  }
});
