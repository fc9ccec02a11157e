// Users and roles (issue 11 item 17) over real HTTP: roles enforced on the API and on the server
// actions, invite/remove and the last-admin rule, change password, and the reset-password script.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { inject } from "vitest";
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { ROOT } from "../../lib/runtime/processes";
import { baseUrl, createTestProject, createTestUser, type TestUser } from "../helpers/api";
import { submitForm } from "../helpers/forms";

const RULE = { name: "r", metric: "dropout_rate", comparator: "gt", threshold: 0.5, windowMinutes: 60, webhooks: [] };
const api = (cookie: string, path: string, method = "GET", body?: unknown) =>
  fetch(`${baseUrl()}${path}`, {
    method,
    headers: { cookie, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
const login = (email: string, password: string) =>
  fetch(`${baseUrl()}/api/v1/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) });
const settingsForm = (cookie: string, form: string, values: Record<string, string>, pageCookie?: string) =>
  submitForm({ page: "/settings", form, values, cookie, pageCookie });
const roleOf = async (projectId: string, userId: string) =>
  (await pool().query(`SELECT role FROM project_members WHERE project_id = $1 AND user_id = $2`, [projectId, userId])).rows[0]?.role ?? null;

describe("roles on the API", () => {
  it("a viewer reads everything but cannot create, change, delete or test rules; a member can", async () => {
    const p = await createTestProject();
    const [viewer, member] = [await createTestUser(p.projectId, "viewer"), await createTestUser(p.projectId, "member")];
    const created = await api(member.cookie, "/api/v1/alert-rules", "POST", RULE);
    expect(created.status).toBe(201);
    const id = (await created.json()).id;
    for (const path of ["/api/v1/alert-rules", `/api/v1/alert-rules/${id}`, "/api/v1/alert-events", "/api/v1/conversations", "/api/v1/metrics?metric=dropout_rate"]) {
      expect((await api(viewer.cookie, path)).status, path).toBe(200);
    }
    const refusals = [
      await api(viewer.cookie, "/api/v1/alert-rules", "POST", RULE),
      await api(viewer.cookie, `/api/v1/alert-rules/${id}`, "PATCH", { threshold: 0.9 }),
      await api(viewer.cookie, `/api/v1/alert-rules/${id}/test`, "POST"),
      await api(viewer.cookie, `/api/v1/alert-rules/${id}`, "DELETE"),
    ];
    for (const res of refusals) {
      expect(res.status).toBe(403);
      expect((await res.json()).error).toMatch(/role \(viewer\)/);
    }
    expect((await (await api(member.cookie, `/api/v1/alert-rules/${id}`)).json()).threshold).toBe(0.5);
    // the project's key still edits (a machine credential, not a user)
    const keyed = await fetch(`${baseUrl()}/api/v1/alert-rules/${id}`, { method: "PATCH", headers: { authorization: `Bearer ${p.key}`, "content-type": "application/json" }, body: JSON.stringify({ threshold: 0.7 }) });
    expect(keyed.status).toBe(200);
    expect((await api(member.cookie, `/api/v1/alert-rules/${id}`, "DELETE")).status).toBe(204);
  });
});

describe("roles on the server actions", () => {
  it("a viewer's settings, key and rule actions change nothing; the page offers them no forms", async () => {
    const p = await createTestProject();
    const [admin, viewer] = [await createTestUser(p.projectId, "admin"), await createTestUser(p.projectId, "viewer")];
    const page = await (await fetch(`${baseUrl()}/settings`, { headers: { cookie: viewer.cookie } })).text();
    expect(page).not.toContain("Create key");
    expect(page).not.toContain("Save scoring settings");
    expect(page).not.toContain("Invite");
    // forms read from an admin's page, posted with the viewer's session
    const key = await settingsForm(viewer.cookie, "e.g. production ingest", { name: "viewer key" }, admin.cookie);
    expect(key.status).toBe(200);
    expect(await key.text()).toContain("Your role (viewer) cannot change this project.");
    const rename = await settingsForm(viewer.cookie, "Rename", { name: "renamed by viewer" }, admin.cookie);
    expect(await rename.text()).toContain("cannot change this project");
    const invite = await settingsForm(viewer.cookie, 'aria-label="Invite a user"', { email: "sneaky@baton.test", role: "admin" }, admin.cookie);
    expect(await invite.text()).toContain("cannot change this project");
    const rule = await submitForm({ page: "/alerts", form: 'name="threshold"', values: { ...RULE, threshold: "0.5", windowMinutes: "60", webhookUrl: "" } as never, cookie: viewer.cookie, pageCookie: admin.cookie });
    expect(await rule.text()).toContain("cannot change this project");
    const state = await pool().query(
      `SELECT (SELECT count(*)::int FROM api_keys WHERE project_id = $1 AND name = 'viewer key') AS keys,
              (SELECT name FROM projects WHERE id = $1) AS name,
              (SELECT count(*)::int FROM users WHERE email = 'sneaky@baton.test') AS invited,
              (SELECT count(*)::int FROM alert_rules WHERE project_id = $1) AS rules`,
      [p.projectId],
    );
    expect(state.rows[0]).toEqual({ keys: 0, name: p.projectId, invited: 0, rules: 0 });
    // near miss: the admin's same form works
    const ok = await settingsForm(admin.cookie, "e.g. production ingest", { name: "admin key" });
    expect(await ok.text()).toContain("Key created.");
  });
});

describe("users: invite, roles, remove, last admin", () => {
  it("an admin invites a viewer who can log in with the one-time password, then removes them", async () => {
    const p = await createTestProject();
    const admin = await createTestUser(p.projectId, "admin");
    const email = `invited-${Date.now()}@baton.test`;
    const res = await settingsForm(admin.cookie, 'aria-label="Invite a user"', { email, role: "viewer" });
    const html = await res.text();
    const password = /aria-label="One-time password"[^>]*>([^<]+)</.exec(html)?.[1];
    expect(password, "the invite shows the password once").toBeTruthy();
    const session = await login(email, password!);
    expect(session.status).toBe(200);
    const cookie = session.headers.getSetCookie()[0].split(";")[0];
    expect((await api(cookie, "/api/v1/conversations")).status).toBe(200);
    expect((await api(cookie, "/api/v1/alert-rules", "POST", RULE)).status).toBe(403);
    // inviting the same email again is refused on the form, not a 500
    expect(await (await settingsForm(admin.cookie, 'aria-label="Invite a user"', { email, role: "member" })).text()).toContain("already a member");
    const userId = (await pool().query(`SELECT id FROM users WHERE email = $1`, [email])).rows[0].id;
    const removed = await settingsForm(admin.cookie, `name="userId" value="${userId}"/><button class="btn text-xs text-dropout"`, {});
    expect(removed.status).toBe(200);
    expect(await roleOf(p.projectId, userId)).toBeNull();
    expect((await api(cookie, "/api/v1/conversations")).status).toBe(401);
    expect((await login(email, password!)).status).toBe(401);
  });

  it("the last admin can be neither removed nor demoted; with a second admin both work", async () => {
    const p = await createTestProject();
    const admin = await createTestUser(p.projectId, "admin");
    const member = await createTestUser(p.projectId, "member");
    const removeSelf = await settingsForm(admin.cookie, `name="userId" value="${admin.userId}"/><button class="btn text-xs text-dropout"`, {});
    expect(await removeSelf.text()).toContain("a project needs at least one admin");
    const demote = await settingsForm(admin.cookie, `name="userId" value="${admin.userId}"/><select`, { role: "viewer" });
    expect(await demote.text()).toContain("a project needs at least one admin");
    expect(await roleOf(p.projectId, admin.userId)).toBe("admin");
    // a member cannot promote themselves
    const promote = await settingsForm(member.cookie, `name="userId" value="${member.userId}"/><select`, { role: "admin" }, admin.cookie);
    expect(await promote.text()).toContain("Your role (member) cannot change this project.");
    expect(await roleOf(p.projectId, member.userId)).toBe("member");
    // near miss: promote the member, then the first admin may step down
    await settingsForm(admin.cookie, `name="userId" value="${member.userId}"/><select`, { role: "admin" });
    expect(await roleOf(p.projectId, member.userId)).toBe("admin");
    const stepDown = await settingsForm(admin.cookie, `name="userId" value="${admin.userId}"/><select`, { role: "viewer" });
    expect(await stepDown.text()).toContain("Role changed.");
    expect(await roleOf(p.projectId, admin.userId)).toBe("viewer");
  });
});

describe("passwords", () => {
  const changeForm = (u: TestUser, values: Record<string, string>) => settingsForm(u.cookie, 'aria-label="Change password"', values);

  it("a user changes their password: wrong current or mismatched repeat refused, then only the new one works", async () => {
    const p = await createTestProject();
    const u = await createTestUser(p.projectId, "viewer");
    const other = (await login(u.email, u.password)).headers.getSetCookie()[0].split(";")[0];
    expect(await (await changeForm(u, { current: "not-it", next: "a-new-password-1", confirm: "a-new-password-1" })).text()).toContain("the current password is wrong");
    expect(await (await changeForm(u, { current: u.password, next: "a-new-password-1", confirm: "a-new-password-2" })).text()).toContain("the two new passwords differ");
    expect(await (await changeForm(u, { current: u.password, next: "short", confirm: "short" })).text()).toContain("at least 10 characters");
    expect(await (await changeForm(u, { current: u.password, next: "a-new-password-1", confirm: "a-new-password-1" })).text()).toContain("Password changed.");
    expect((await login(u.email, u.password)).status).toBe(401);
    expect((await login(u.email, "a-new-password-1")).status).toBe(200);
    // this session stays; the other one is signed out
    expect((await api(u.cookie, "/api/v1/conversations")).status).toBe(200);
    expect((await api(other, "/api/v1/conversations")).status).toBe(401);
  });

  it("guessing the current password on the change form is throttled like the login", async () => {
    const p = await createTestProject();
    const u = await createTestUser(p.projectId, "member");
    for (let i = 0; i < 5; i++) {
      expect(await (await changeForm(u, { current: `guess-${i}`, next: "a-new-password-1", confirm: "a-new-password-1" })).text()).toContain("the current password is wrong");
    }
    const locked = await (await changeForm(u, { current: u.password, next: "a-new-password-1", confirm: "a-new-password-1" })).text();
    expect(locked).toMatch(/too many login attempts; try again in (<!-- -->)?\d+/);
    expect((await login(u.email, u.password)).status).toBe(429);
  });

  it("npm run user -- reset-password EMAIL prints a password that works; the old one and old sessions stop", async () => {
    const p = await createTestProject();
    const u = await createTestUser(p.projectId, "admin");
    const { stdout } = await promisify(execFile)("npm", ["run", "--silent", "user", "--", "reset-password", u.email.toUpperCase()], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
    });
    const password = /\(shown once\): (\S+)/.exec(stdout)?.[1];
    expect(password, stdout).toBeTruthy();
    expect((await login(u.email, password!)).status).toBe(200);
    expect((await login(u.email, u.password)).status).toBe(401);
    expect((await api(u.cookie, "/api/v1/conversations")).status).toBe(401);
  });

  it("reset-password of an unknown email fails with a message and exit code 1", async () => {
    const run = promisify(execFile)("npm", ["run", "--silent", "user", "--", "reset-password", "nobody@baton.test"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: inject("databaseUrl") } });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("no user with email nobody@baton.test") });
  });
});
