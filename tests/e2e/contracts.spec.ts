// Handoff contracts in the dashboard: pin the inferred contract of an edge, tighten it so the
// handoffs break, see the break on a handoff card (after the rescore), and export the file.
import crypto from "node:crypto";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { pool } from "../../lib/db/pool";
import { baseUrl, createProjectWithUser, logIn, screenshot } from "./helpers";
import { until } from "../helpers/until";

function refund(conversationId: string) {
  const t0 = Date.now() - 600_000;
  const t = (s: number) => new Date(t0 + s * 1000).toISOString();
  const id = (n: number) => `${conversationId}-${n}-${crypto.randomBytes(2).toString("hex")}`;
  return [
    { id: id(1), conversationId, timestamp: t(0), type: "message", role: "user", content: "Refund order 44120 please, email ann@example.com" },
    { id: id(2), conversationId, timestamp: t(2), type: "handoff", from: "triage", to: "billing", summary: "Refund for ann@example.com", payload: { order_id: "44120", tier: "gold" } },
    { id: id(3), conversationId, timestamp: t(4), type: "message", role: "agent", agent: "billing", content: "Refund for 44120 issued." },
  ];
}

test("pin a contract from the inferred one, see a break on a handoff card, export the file", async ({ page }) => {
  const p = await createProjectWithUser("Contracts project");
  const res = await fetch(`${baseUrl()}/api/v1/events`, {
    method: "POST",
    headers: { authorization: `Bearer ${p.key}`, "content-type": "application/json" },
    body: JSON.stringify({ events: ["e2e-ct-1", "e2e-ct-2", "e2e-ct-3"].flatMap(refund) }),
  });
  expect(res.status).toBe(200);
  const scored = async () => (await pool().query(`SELECT count(*)::int AS n FROM conversations WHERE project_id = $1 AND scored_at IS NOT NULL`, [p.projectId])).rows[0].n === 3;
  await until("scoring", scored);

  await logIn(page, p);
  await page.getByRole("navigation").getByRole("link", { name: "Contracts" }).click();
  await page.waitForURL(/\/contracts/);
  const edges = page.getByRole("region", { name: "Contract edges" });
  await expect(edges.getByRole("row", { name: /triage → billing/ })).toContainText("inferred");
  await edges.getByRole("link", { name: "triage → billing" }).click();

  const fields = page.getByRole("region", { name: "Fields" });
  await expect(fields.getByRole("row", { name: /order_id/ })).toContainText("expected");
  await expect(fields.getByRole("row", { name: /email \(only in summary\)/ })).toBeVisible();
  await page.getByRole("button", { name: "Pin inferred contract" }).click();
  await expect(page.getByText("Pinned as version 1")).toBeVisible();
  await expect(page.getByTestId("contract-status")).toContainText("pinned · version 1");

  // require email as a structured field: every handoff on the edge now breaks (it is only in prose)
  const editor = page.getByLabel("Contract JSON");
  const schema = JSON.parse(await editor.inputValue());
  schema.required.push("email");
  await editor.fill(JSON.stringify(schema, null, 2));
  await page.getByRole("button", { name: "Save contract" }).click();
  await expect(page.getByText("Saved as version 2")).toBeVisible();
  await until("the rescore", async () => {
    const { rows } = await pool().query(`SELECT count(*)::int AS n FROM conversations WHERE project_id = $1 AND 'contract_break' = ANY(flags)`, [p.projectId]);
    return rows[0].n === 3;
  });
  await page.reload();
  await expect(page.getByRole("status", { name: "Rescore progress" })).toContainText("3 / 3");
  await expect(page.getByRole("region", { name: "Break history" })).toContainText("only in prose email");
  await screenshot(page, "contract");

  await page.getByRole("region", { name: "Break history" }).getByRole("link", { name: "e2e-ct-1" }).click();
  const card = page.locator("#handoff-0");
  await expect(card.getByLabel("Contract breaks")).toContainText("only in prose email (expected a structured field, got only stated in the summary)");
  await expect(card).toContainText("contract break");

  await page.goto(`${baseUrl()}/contracts`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export contracts.json" }).click()]);
  const file = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
  expect(file.contracts).toEqual([{ from: "triage", to: "billing", schema: expect.objectContaining({ required: ["order_id", "email"] }) }]);
});
