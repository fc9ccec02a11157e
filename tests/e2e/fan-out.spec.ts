// What a user opening an orchestrator–worker conversation sees (issue 14 item 2): the lead's three
// parallel workers as lanes side by side that join back at the lead, each lane holding the
// worker's delegation, its own tool call and its return, with the orchestrator scores on the
// cards — and the same lanes stacked at 390 px. Screenshots, light and dark, wide and phone:
// tests/.artifacts/screens/fan-out-lanes-*.png.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { pool } from "../../lib/db/pool";
import { fanOutConversation } from "../helpers/conversations";
import { baseUrl, createProjectWithUser, logIn, screenshot } from "./helpers";

const SCREENS = path.join(path.dirname(new URL(import.meta.url).pathname), "../.artifacts/screens");

test("a fan-out is drawn as parallel lanes that join back at the lead, with the worker scores on the cards", async ({ page }) => {
  test.setTimeout(180_000); // four renders of a long page (light/dark × wide/phone) on a shared machine
  const p = await createProjectWithUser("Fan-out");
  const res = await fetch(`${baseUrl()}/api/v1/events`, {
    method: "POST",
    headers: { authorization: `Bearer ${p.key}`, "content-type": "application/json" },
    body: JSON.stringify({ events: fanOutConversation("fan-lanes") }),
  });
  expect(res.status).toBe(200);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { rows } = await pool().query(`SELECT event_count FROM conversations WHERE project_id = $1 AND id = 'fan-lanes' AND scored_at IS NOT NULL`, [p.projectId]);
    if (rows[0]?.event_count === 12) break;
    if (Date.now() > deadline) throw new Error("the worker did not score fan-lanes in time");
    await new Promise((r) => setTimeout(r, 150));
  }
  await logIn(page, p);

  for (const [scheme, width] of [["light", 1440], ["dark", 1440], ["light", 390], ["dark", 390]] as const) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${baseUrl()}/conversations/fan-lanes`);
    const block = page.getByRole("region", { name: "Fan-out from lead to 3 workers" });
    await expect(block).toBeVisible();
    const lanes = block.getByRole("listitem", { name: /^Lane / });
    await expect(lanes).toHaveCount(3);
    // each lane: the worker, its delegation card, its own tool call, its return card
    for (const [i, worker, tool] of [[0, "billing", "list_charges"], [1, "policy", "refund_policy"], [2, "loyalty", "get_member"]] as const) {
      const lane = lanes.nth(i);
      await expect(lane).toHaveAccessibleName(`Lane ${worker}`);
      await expect(lane).toContainText("returned");
      await expect(lane.getByText(tool)).toBeVisible();
      await expect(lane.locator('[id^="handoff-"]')).toHaveCount(2);
      await expect(lane.locator('[id^="handoff-"]').nth(0)).toContainText(`delegate (parallel, 1 of 3)`);
      await expect(lane.locator('[id^="handoff-"]').nth(1)).toContainText("return");
    }
    // the faulty worker's cards say what went wrong; the others do not
    const loyalty = lanes.nth(2);
    await expect(loyalty).toContainText("Ask carried: lost");
    await expect(loyalty.getByLabel("Worker return scores")).toContainText("Result used: unused");
    await expect(loyalty.getByLabel("Worker return scores")).toContainText("LY-448812");
    await expect(lanes.nth(0)).not.toContainText("unused");
    await expect(lanes.nth(0).getByLabel("Worker return scores")).toContainText("Result used: 100%");
    // join back at the lead
    await expect(block.getByLabel("Join")).toContainText(/joins back at\s*lead\s*· 3 of 3 returned · 1 result unused/);
    await expect(page.getByRole("region", { name: "Agent chain" })).toContainText("billing ∥ policy ∥ loyalty");
    // nothing here is role confusion or ignored
    await expect(page.getByText("Several handoffs requested at once")).toHaveCount(0);
    await expect(page.getByText("ignored", { exact: true })).toHaveCount(0);

    // side by side on a wide screen, stacked on a phone, and no lane wider than the screen
    const boxes = await Promise.all([0, 1, 2].map(async (i) => (await lanes.nth(i).boundingBox())!));
    if (width === 1440) {
      expect(boxes[1].x).toBeGreaterThan(boxes[0].x + boxes[0].width - 1);
      expect(Math.abs(boxes[1].y - boxes[0].y)).toBeLessThan(2);
    } else {
      expect(boxes[1].y).toBeGreaterThan(boxes[0].y + boxes[0].height - 1);
      for (const b of boxes) expect(b.x + b.width).toBeLessThanOrEqual(390);
      // nothing inside the block overflows it (the site nav scrolls on its own at this width)
      const box = (await block.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await block.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    }
    await block.scrollIntoViewIfNeeded();
    await screenshot(page, `fan-out-lanes-${scheme}-${width}`);
    // the block alone (at 390 px the full page is as wide as the site nav, which scrolls on its own)
    await block.screenshot({ path: path.join(SCREENS, `fan-out-lanes-${scheme}-${width}-block.png`) });
  }
});
