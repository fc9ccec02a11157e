// The drill-down nests delegate/return hops (issue 15 item 7): a delegated stretch sits indented
// under the delegation card of the agent that waits for it, up to the worker's return, and a
// delegation inside it nests one level deeper; the near miss, a transfer, stays on the main line
// with everything after it. Light, dark and 390 px (nothing wider than the phone).
import { expect, test } from "@playwright/test";
import { baseUrl, screenshots, signedInProject } from "./helpers";
import { nestedDelegationConversation } from "./nested-conversation";

test("delegate … return nests under the delegating agent, deeper for a chain; a transfer does not nest", async ({ page }) => {
  test.setTimeout(120_000);
  await signedInProject(page, "Nested delegation", nestedDelegationConversation("nested-1"), { count: 1 });
  await page.goto(`${baseUrl()}/conversations/nested-1`);

  const outer = page.getByRole("region", { name: "Delegated from support to warehouse" });
  const inner = outer.getByRole("region", { name: "Delegated from warehouse to carrier" });
  await expect(outer).toBeVisible();
  await expect(inner).toBeVisible();
  // exactly two stretches: the transfers (triage → support, support → feedback) open none
  await expect(page.getByRole("region", { name: /^Delegated from / })).toHaveCount(2);

  // the deeper stretch holds the carrier's call and its return; the outer one the warehouse's work and return
  await expect(inner.getByText("book_pickup")).toBeVisible();
  await expect(inner.locator('[id^="handoff-"]')).toHaveCount(1);
  await expect(inner.locator('[id^="handoff-"]')).toContainText(/carrier\s*→\s*warehouse\s*return/);
  await expect(outer.getByText("check_stock")).toBeVisible();
  await expect(outer.getByText("reserve_item")).toBeVisible();
  await expect(inner.getByText("check_stock")).toHaveCount(0);
  await expect(inner.getByText("reserve_item")).toHaveCount(0);
  // in the outer stretch: the nested delegation's card and the warehouse's return (plus the carrier's return inside)
  await expect(outer.locator('[id^="handoff-"]')).toHaveCount(3);
  await expect(outer.getByLabel("Back to lead").last()).toContainText("back to support");
  await expect(inner.getByLabel("Back to lead")).toContainText("back to warehouse");

  // near miss: the transfers and what follows them are on the main line, in no stretch
  const stretches = page.getByRole("region", { name: /^Delegated from / });
  for (const text of ["Let me check whether we can send a replacement", "a replacement for order 55120 ships tomorrow", "anything else I can help with"]) {
    await expect(page.getByText(text)).toBeVisible();
    await expect(stretches.getByText(text)).toHaveCount(0);
  }
  await expect(stretches.locator("#handoff-0")).toHaveCount(0); // triage → support (transfer)
  await expect(stretches.locator("#handoff-5")).toHaveCount(0); // support → feedback (transfer)

  // drawn as nesting: each level starts further right than the one it sits in
  const x = async (sel: ReturnType<typeof page.locator>) => (await sel.boundingBox())!.x;
  const transfer = await x(page.locator("#handoff-0"));
  const delegation = await x(page.locator("#handoff-1"));
  const warehouseCall = await x(outer.getByText("check_stock"));
  const carrierCall = await x(inner.getByText("book_pickup"));
  expect(delegation).toBeCloseTo(transfer, 0); // the delegation card sits on its agent's line
  expect(warehouseCall).toBeGreaterThan(delegation + 8);
  expect(carrierCall).toBeGreaterThan(warehouseCall + 8);

  await screenshots(page, "drill-down-nested");
});
