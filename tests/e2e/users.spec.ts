// Users as an admin and an invited teammate see them: invite (one-time password shown once),
// the teammate logs in with it and changes their password, the admin removes them. Screenshots of
// the users panel in light, dark and at 390 px go to tests/.artifacts/screens.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { baseUrl, createProjectWithUser, logIn } from "./helpers";

const SCREENS = path.join(path.dirname(new URL(import.meta.url).pathname), "../.artifacts/screens");

async function signInAs(page: Page, email: string, password: string) {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl()}/`);
}

test("an admin invites a teammate, who signs in and changes their password; then the admin removes them", async ({ page }) => {
  const p = await createProjectWithUser("Team project");
  await logIn(page, p);
  await page.goto(`${baseUrl()}/settings`);
  const users = page.getByRole("region", { name: "Users" });
  const email = `teammate-${Date.now()}@baton.test`;
  const invite = users.getByRole("form", { name: "Invite a user" });
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Role").selectOption("member");
  await invite.getByRole("button", { name: "Invite" }).click();
  const oneTime = (await invite.getByLabel("One-time password").textContent())!.trim();
  expect(oneTime.length).toBeGreaterThanOrEqual(12);
  await expect(users.getByRole("row", { name: new RegExp(email) })).toContainText("member");

  await users.screenshot({ path: path.join(SCREENS, "users-light.png") });
  await page.emulateMedia({ colorScheme: "dark" });
  await users.screenshot({ path: path.join(SCREENS, "users-dark.png") });
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 390, height: 844 });
  await users.screenshot({ path: path.join(SCREENS, "users-390.png") });
  await page.setViewportSize({ width: 1440, height: 900 });

  // the teammate, in their own browser context
  const mate = await page.context().browser()!.newContext();
  const matePage = await mate.newPage();
  await signInAs(matePage, email, oneTime);
  await matePage.goto(`${baseUrl()}/settings`);
  const account = matePage.getByRole("region", { name: "Your account" });
  await account.getByLabel("Current password").fill(oneTime);
  await account.getByLabel("New password", { exact: true }).fill("teammate-new-secret");
  await account.getByLabel("Repeat new password").fill("teammate-new-secret");
  await account.getByRole("button", { name: "Change password" }).click();
  await expect(account.getByRole("status")).toContainText("Password changed.");
  await matePage.getByRole("button", { name: "Log out" }).click();
  await matePage.waitForURL(`${baseUrl()}/login`);
  await matePage.getByLabel("Email").fill(email);
  await matePage.getByLabel("Password").fill(oneTime);
  await matePage.getByRole("button", { name: "Sign in" }).click();
  await expect(matePage.getByText("Wrong email or password.")).toBeVisible();
  await signInAs(matePage, email, "teammate-new-secret");
  await mate.close();

  await page.reload();
  await users.getByRole("button", { name: `Remove ${email}` }).click();
  await expect(users.getByRole("row", { name: new RegExp(email) })).toHaveCount(0);
  // the last admin cannot remove themselves
  await users.getByRole("button", { name: `Remove ${p.email}` }).click();
  await expect(users.getByRole("row", { name: new RegExp(p.email) }).getByRole("status")).toContainText("a project needs at least one admin");
});
