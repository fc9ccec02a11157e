// All of a rule's webhooks, edited (issue: the form edited only the first): over the API and
// through the /alerts edit form's server action, a webhook sent back without a secret keeps its
// stored one, a removed one is gone, a new one needs its own secret, and a stored secret never
// moves to another URL or reaches the page.
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { baseUrl, createTestProject, createTestUser, keyRequest } from "../helpers/api";
import { submitForm } from "../helpers/forms";

const MASK = "••••••";
const url = (n: number) => `https://hooks.example.com/w${n}`;

const rule = (webhooks: Array<{ url: string; secret: string }>) => ({
  name: `Two hooks ${Date.now()}`,
  metric: "dropout_rate",
  comparator: "gt",
  threshold: 0.5,
  windowMinutes: 60,
  webhooks,
});

async function stored(projectId: string, id: string): Promise<Array<{ url: string; secret: string }>> {
  const { rows } = await pool().query(`SELECT webhooks FROM alert_rules WHERE project_id = $1 AND id = $2`, [projectId, id]);
  return rows[0].webhooks;
}

async function twoHookRule() {
  const p = await createTestProject();
  const created = await keyRequest(p.key, "/api/v1/alert-rules", "POST", rule([{ url: url(1), secret: "secret-one-1" }, { url: url(2), secret: "secret-two-2" }]));
  expect(created.status).toBe(201);
  return { p, r: await created.json() };
}

describe("a rule's webhooks over the API", () => {
  it("PATCH keeps a masked webhook's stored secret, drops the one left out and adds a new one with its secret", async () => {
    const { p, r } = await twoHookRule();
    const res = await keyRequest(p.key, `/api/v1/alert-rules/${r.id}`, "PATCH", { webhooks: [{ url: url(2), secret: MASK }, { url: url(3), secret: "secret-three" }] });
    expect(res.status).toBe(200);
    expect((await res.json()).webhooks).toEqual([{ url: url(2), secret: MASK }, { url: url(3), secret: MASK }]);
    expect(await stored(p.projectId, r.id)).toEqual([{ url: url(2), secret: "secret-two-2" }, { url: url(3), secret: "secret-three" }]);
  });

  it("failure case: a new URL sent with the mask is refused, naming that webhook; nothing changes", async () => {
    const { p, r } = await twoHookRule();
    const res = await keyRequest(p.key, `/api/v1/alert-rules/${r.id}`, "PATCH", { webhooks: [{ url: url(1), secret: MASK }, { url: url(9), secret: MASK }] });
    expect(res.status).toBe(400);
    expect((await res.json()).issues.map((i: { path: string }) => i.path)).toEqual(["body.webhooks.1.secret"]);
    expect((await stored(p.projectId, r.id)).map((w) => w.secret)).toEqual(["secret-one-1", "secret-two-2"]);
  });
});

// the visible fields of the edit form as the page fills them in for twoHookRule()
const FORM_FIELDS = { metric: "dropout_rate", kind: "threshold", direction: "any", comparator: "gt", threshold: "0.5", groupBy: "", windowMinutes: "60", minSamples: "0", intervalSeconds: "60", pendingEvaluations: "1", severity: "warning" };

describe("the /alerts edit form", () => {
  const edit = (ruleName: string, cookie: string, urls: string[], secrets: string[]) =>
    submitForm({ page: "/alerts", form: `aria-label="Edit ${ruleName}"`, cookie, values: { ...FORM_FIELDS, name: ruleName, webhookUrl: urls, webhookSecret: secrets } });

  it("shows every webhook URL of the rule, and no secret", async () => {
    const { p, r } = await twoHookRule();
    const u = await createTestUser(p.projectId);
    const html = await (await fetch(`${baseUrl()}/alerts`, { headers: { cookie: u.cookie } })).text();
    expect(html).toContain(url(1));
    expect(html).toContain(url(2));
    expect(html).not.toContain("secret-one-1");
    expect(html).not.toContain("secret-two-2");
    expect(r.webhooks).toHaveLength(2);
  });

  it("saves all rows: an empty secret keeps the stored one, a removed row is gone, a new row is added", async () => {
    const { p, r } = await twoHookRule();
    const u = await createTestUser(p.projectId);
    const res = await edit(r.name, u.cookie, [url(1), url(2), url(4), ""], ["", "", "secret-four-4", ""]);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Rule updated.");
    expect(await stored(p.projectId, r.id)).toEqual([
      { url: url(1), secret: "secret-one-1" },
      { url: url(2), secret: "secret-two-2" },
      { url: url(4), secret: "secret-four-4" },
    ]);
    const removed = await edit(r.name, u.cookie, [url(2)], [""]);
    expect(await removed.text()).toContain("Rule updated.");
    expect(await stored(p.projectId, r.id)).toEqual([{ url: url(2), secret: "secret-two-2" }]);
  });

  it("failure case: a changed URL without a secret is refused (a stored secret never moves to another URL)", async () => {
    const { p, r } = await twoHookRule();
    const u = await createTestUser(p.projectId);
    const res = await edit(r.name, u.cookie, [url(1), url(8)], ["", ""]);
    expect(await res.text()).toContain("webhooks.1.secret: a new webhook URL needs its signing secret");
    expect((await stored(p.projectId, r.id)).map((w) => w.url)).toEqual([url(1), url(2)]);
  });

  it("near miss: saving a disabled rule's form keeps it disabled", async () => {
    const { p, r } = await twoHookRule();
    await keyRequest(p.key, `/api/v1/alert-rules/${r.id}`, "PATCH", { enabled: false });
    const u = await createTestUser(p.projectId);
    expect(await (await edit(r.name, u.cookie, [url(1), url(2)], ["", ""])).text()).toContain("Rule updated.");
    const { rows } = await pool().query(`SELECT enabled FROM alert_rules WHERE project_id = $1 AND id = $2`, [p.projectId, r.id]);
    expect(rows[0].enabled).toBe(false);
  });
});
