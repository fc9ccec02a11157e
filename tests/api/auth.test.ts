// The login form and the dashboard's server actions over real HTTP (issue 11): where the login
// redirects, cross-origin action POSTs, cookie flags, and login throttling.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pool } from "../../lib/db/pool";
import type { Child } from "../../lib/runtime/processes";
import { baseUrl, createTestProject, createTestUser } from "../helpers/api";
import { actionId, cookiesFrom, hiddenFields, submitForm } from "../helpers/forms";
import { startExtraWeb } from "../helpers/stack";

const logIn = (u: { email: string; password: string }, opts: { next?: string; headers?: Record<string, string>; base?: string } = {}) =>
  submitForm({
    page: "/login",
    form: 'name="email"',
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
      const next = hiddenFields(await res.text(), 'name="email"').find(([k]) => k === "next")?.[1];
      expect(next).toBe("/");
    },
  );

  it("keeps a same-origin next with its query (near miss)", async () => {
    const p = await createTestProject();
    const u = await createTestUser(p.projectId);
    const page = await fetch(`${baseUrl()}/login?next=${encodeURIComponent("/conversations?flag=dropout")}`);
    expect(hiddenFields(await page.text(), 'name="email"')).toContainEqual(["next", "/conversations?flag=dropout"]);
    const res = await logIn(u, { next: "/conversations?flag=dropout" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/conversations?flag=dropout");
  });
});

describe("server actions refuse cross-origin POSTs (SPEC §8: 403)", () => {
  const CROSS = {
    "another origin": { origin: "http://evil.example" },
    "another origin, cross-site fetch metadata": { origin: "http://evil.example", "sec-fetch-site": "cross-site" },
    "our origin but cross-site fetch metadata": { "sec-fetch-site": "same-site" },
    "an opaque origin (null)": { origin: "null" },
    "a malformed origin": { origin: "not a url" },
  };

  it.each(Object.entries(CROSS))("a JS action call (Next-Action header) from %s → 403", async (_, headers) => {
    const p = await createTestProject();
    const u = await createTestUser(p.projectId);
    const id = actionId(await (await fetch(`${baseUrl()}/settings`, { headers: { cookie: u.cookie } })).text(), "e.g. Checkout agents");
    const res = await fetch(`${baseUrl()}/settings`, {
      method: "POST",
      headers: { cookie: u.cookie, "next-action": id, "content-type": "text/plain;charset=UTF-8", origin: new URL(baseUrl()).origin, ...headers },
      body: JSON.stringify([{}, "$K1"]),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: "forbidden", error: "cross-origin request refused" });
  });

  it.each(Object.entries(CROSS))("a plain form POST (no JavaScript) from %s → 403, and nothing is created", async (_, headers) => {
    const p = await createTestProject();
    const u = await createTestUser(p.projectId);
    const name = `csrf-${Math.random().toString(36).slice(2)}`;
    const res = await submitForm({ page: "/settings", form: "e.g. Checkout agents", values: { name }, cookie: u.cookie, headers });
    expect(res.status).toBe(403);
    const { rows } = await pool().query(`SELECT 1 FROM projects WHERE name = $1`, [name]);
    expect(rows).toHaveLength(0);
  });

  it("the same POST from our own origin runs (near miss)", async () => {
    const p = await createTestProject();
    const u = await createTestUser(p.projectId);
    const name = `same-origin-${Math.random().toString(36).slice(2)}`;
    const res = await submitForm({
      page: "/settings", form: "e.g. Checkout agents", values: { name }, cookie: u.cookie,
      headers: { origin: new URL(baseUrl()).origin, "sec-fetch-site": "same-origin" },
    });
    expect(res.status).toBe(200);
    const { rows } = await pool().query(`SELECT 1 FROM projects WHERE name = $1`, [name]);
    expect(rows).toHaveLength(1);
  });
});

describe("cookie flags", () => {
  const flags = (res: Response, name: string) => {
    const c = res.headers.getSetCookie().find((x) => x.startsWith(`${name}=`));
    if (!c) throw new Error(`no ${name} cookie in ${res.headers.getSetCookie().join(" | ")}`);
    return c.toLowerCase();
  };

  /** Logs in and creates a project over `base`, with X-Forwarded-Proto `proto`; whether each cookie came back Secure. */
  async function secureFlags(base: string, proto: string | null) {
    const p = await createTestProject();
    const u = await createTestUser(p.projectId);
    const headers: Record<string, string> = proto ? { "x-forwarded-proto": proto } : {};
    const login = await logIn(u, { headers, base });
    expect(login.status).toBe(303);
    const session = flags(login, "baton_session");
    expect(session).toContain("httponly");
    expect(session).toContain("samesite=lax");
    const created = await submitForm({ page: "/settings", form: "e.g. Checkout agents", values: { name: "cookie flags" }, cookie: cookiesFrom(login), headers, base });
    expect(created.status).toBe(200);
    const project = flags(created, "baton_project");
    expect(project).toContain("httponly");
    expect(project).toContain("samesite=lax");
    return [session, project].map((c) => /;\s*secure(;|$)/.test(c));
  }

  // a web process behind one trusted proxy (the shared app runs with the default, BATON_TRUST_PROXY=0)
  let proxied: { url: string; web: Child } | undefined;
  beforeAll(async () => {
    proxied = await startExtraWeb(inject("databaseUrl"), { BATON_TRUST_PROXY: "1" });
  });
  afterAll(async () => {
    await proxied?.web.stop();
  });

  it("behind a trusted proxy (BATON_TRUST_PROXY=1), cookies are Secure when the proxy says HTTPS, and only then", async () => {
    expect(await secureFlags(proxied!.url, "https")).toEqual([true, true]);
    expect(await secureFlags(proxied!.url, "http")).toEqual([false, false]);
    // the proxy appended its own "http" after the client's claim
    expect(await secureFlags(proxied!.url, "https, http")).toEqual([false, false]);
  });

  it("exposed directly (BATON_TRUST_PROXY=0), a client-sent X-Forwarded-Proto: https does not make cookies Secure", async () => {
    expect(await secureFlags(baseUrl(), "https")).toEqual([false, false]);
    expect(await secureFlags(baseUrl(), null)).toEqual([false, false]);
  });
});
