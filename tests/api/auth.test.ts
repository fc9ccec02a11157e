// The login form and the dashboard's server actions over real HTTP (issue 11): where the login
// redirects, cross-origin action POSTs, cookie flags, and login throttling.
import { describe, expect, it } from "vitest";
import { baseUrl, createTestProject, createTestUser } from "../helpers/api";
import { hiddenFields, submitForm } from "../helpers/forms";

const logIn = (u: { email: string; password: string }, opts: { next?: string; headers?: Record<string, string>; base?: string } = {}) =>
  submitForm({
    page: "/login",
    field: "email",
    values: { email: u.email, password: u.password },
    ...(opts.next !== undefined ? { override: { next: opts.next } } : {}),
    headers: opts.headers,
    base: opts.base,
  });

describe("login redirect (next)", () => {
  // each spelling a browser resolves to http://evil.example/
  const EVIL = ["/\\evil.example", "/\\/evil.example", "//evil.example", "/\t/evil.example", "/\r\n/evil.example", "https://evil.example/"];

  it.each(EVIL)("the login action never leaves our origin for next=%j", async (next) => {
    const p = await createTestProject();
    const u = await createTestUser(p.projectId);
    const res = await logIn(u, { next });
    expect(res.status).toBe(303);
    const to = new URL(res.headers.get("location")!, baseUrl());
    expect(to.origin).toBe(new URL(baseUrl()).origin);
    expect(to.pathname).toBe("/");
  });

  it.each(["/%5Cevil.example", "/%5C/evil.example", "/%09/evil.example", "//evil.example", "/%0D%0A/evil.example"])(
    "the login page hands the form a same-origin next for ?next=%s",
    async (raw) => {
      const res = await fetch(`${baseUrl()}/login?next=${raw}`);
      expect(res.status).toBe(200);
      const next = hiddenFields(await res.text(), "email").find(([k]) => k === "next")?.[1];
      expect(next).toBe("/");
    },
  );

  it("keeps a same-origin next with its query (near miss)", async () => {
    const p = await createTestProject();
    const u = await createTestUser(p.projectId);
    const page = await fetch(`${baseUrl()}/login?next=${encodeURIComponent("/conversations?flag=dropout")}`);
    expect(hiddenFields(await page.text(), "email")).toContainEqual(["next", "/conversations?flag=dropout"]);
    const res = await logIn(u, { next: "/conversations?flag=dropout" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/conversations?flag=dropout");
  });
});
