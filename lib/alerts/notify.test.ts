import { afterEach, describe, expect, it } from "vitest";
import { buildPayload, nextRetryDelay, send, sign, verify } from "./notify";

const notice = {
  project: { id: "p" },
  rule: { id: "r", name: "Re-ask spike", metric: "reask_rate", comparator: "gt", threshold: 0.08, windowMinutes: 60, severity: "warning" },
  state: "firing" as const,
  value: 0.12,
  group: "triage→billing",
  at: "2026-11-24T10:00:00Z",
};

describe("webhook payload and signature", () => {
  it("has a Slack-compatible text and links to the matching conversations", () => {
    const p = buildPayload(notice, "https://baton.example.com");
    expect(p.text).toMatch(/Re-ask spike \(triage→billing\) is firing: reask_rate = 0\.12 \(> 0\.08 over 60 min\)/);
    expect(p.links.conversations).toContain(`edge=${encodeURIComponent("triage→billing")}`);
  });
  it("a change rule says which way the level shifted and by how much", () => {
    const p = buildPayload({ ...notice, rule: { ...notice.rule, metric: "csat_mean", kind: "change", direction: "down" }, value: -0.6 }, "https://baton.example.com");
    expect(p.text).toMatch(/csat_mean level shift -0\.6 \(change down over 60 min\)/);
    expect(p.rule).toMatchObject({ kind: "change", direction: "down" });
  });
  it("carries none of the rule's webhook URLs or secrets, nor its internal state", () => {
    const stored = {
      ...notice.rule,
      groupBy: "edge",
      webhooks: [{ url: "https://hooks.example.com/a-route", secret: "whsec_AAAA1111" }, { url: "https://other.example.org/b-route", secret: "whsec_BBBB2222" }],
      state: { "": { state: "firing", seq: 3 } },
    };
    const body = JSON.stringify(buildPayload({ ...notice, rule: stored }, "https://baton.example.com"));
    for (const leak of ["whsec_AAAA1111", "whsec_BBBB2222", "hooks.example.com", "other.example.org", "webhooks", "secret", "seq"]) expect([leak, body.includes(leak)]).toEqual([leak, false]);
    expect(JSON.parse(body).rule).toEqual({ ...notice.rule, kind: "threshold", direction: "any" });
  });
  it("signs t.body with HMAC-SHA256 and rejects tampering or old timestamps", () => {
    const body = JSON.stringify({ a: 1 });
    const header = sign("s3cret-key", body);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verify("s3cret-key", body, header)).toBe(true);
    expect(verify("s3cret-key", body + " ", header)).toBe(false);
    expect(verify("s3cret-key", body, sign("s3cret-key", body, Math.floor(Date.now() / 1000) - 3600))).toBe(false);
  });
  it("backs off exponentially with jitter and stops after 24 h", () => {
    const start = new Date();
    const d1 = nextRetryDelay(1, start, start, 1000)!;
    const d5 = nextRetryDelay(5, start, start, 1000)!;
    expect(d1).toBeGreaterThanOrEqual(500);
    expect(d1).toBeLessThanOrEqual(1000);
    expect(d5).toBeGreaterThanOrEqual(8000);
    expect(nextRetryDelay(3, start, new Date(start.getTime() + 25 * 3_600_000), 1000)).toBeNull();
  });
});

describe("private targets", () => {
  const prev = process.env.BATON_WEBHOOK_ALLOW_PRIVATE;
  afterEach(() => {
    process.env.BATON_WEBHOOK_ALLOW_PRIVATE = prev;
  });
  it("refuses loopback and names the setting that allows it", async () => {
    const res = await send("http://127.0.0.1:9/hook", "{}", "secret-123");
    expect(res.ok).toBe(false);
    expect(res.error).toMatch(/private address.*BATON_WEBHOOK_ALLOW_PRIVATE/);
    const byName = await send("http://localhost:9/hook", "{}", "secret-123");
    expect(byName.error).toMatch(/refusing localhost/);
    for (const url of ["http://[::ffff:127.0.0.1]:9/", "http://[::ffff:7f00:1]:9/", "http://[0:0:0:0:0:ffff:127.0.0.1]:9/", "http://2130706433:9/"]) {
      expect([url, (await send(url, "{}", "secret-123")).error]).toEqual([url, expect.stringMatching(/^refusing/)]);
    }
  });
});
