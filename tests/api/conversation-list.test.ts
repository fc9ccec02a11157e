// GET /api/v1/conversations and the /conversations page as a triage table (issue 15, item 6):
// multi-value filters, CSAT and release, sorts, two-way keyset paging, the count, bad cursors.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { baseUrl, createTestProject, createTestUser, getJson, postEvents, waitScored, type TestProject } from "../helpers/api";

interface Spec {
  handoffs?: Array<[string, string, Record<string, unknown>]>;
  resolutions?: Array<{ status: string; csat?: number }>;
  metadata?: Record<string, unknown>;
  start: number;
  seconds: number;
}

/** A conversation: a user ask with an order id, its handoffs, an agent reply, resolutions; `seconds` long. */
function conversation(id: string, s: Spec) {
  const at = (sec: number) => new Date(s.start + sec * 1000).toISOString();
  const eid = () => `${id}-${crypto.randomBytes(4).toString("hex")}`;
  const meta = s.metadata ? { metadata: s.metadata } : {};
  const ev: Array<Record<string, unknown>> = [
    { id: eid(), conversationId: id, timestamp: at(0), type: "message", role: "user", content: `Refund order #88${id.length}12 please`, ...meta },
  ];
  (s.handoffs ?? []).forEach(([from, to, payload], i) => ev.push({ id: eid(), conversationId: id, timestamp: at(1 + i), type: "handoff", from, to, summary: "over to you", payload }));
  ev.push({ id: eid(), conversationId: id, timestamp: at(Math.max(2, s.seconds - 1)), type: "message", role: "agent", agent: "billing", content: "Done." });
  (s.resolutions ?? []).forEach((r, i) => ev.push({ id: eid(), conversationId: id, timestamp: at(s.seconds + i), type: "resolution", agent: "billing", ...r }));
  return ev;
}

const ids = (body: { data: Array<{ id: string }> }) => body.data.map((c) => c.id);

describe("GET /api/v1/conversations as a triage table", () => {
  let p: TestProject;
  const t = Date.now() - 3_600_000;
  const order = { payload: { order_id: "88412" } };
  beforeAll(async () => {
    p = await createTestProject();
    const convs = {
      // dropout on triage→billing, release v1, CSAT 2
      "cl-a": conversation("cl-a", { start: t, seconds: 30, handoffs: [["triage", "billing", {}]], resolutions: [{ status: "resolved", csat: 2 }], metadata: { release: "v1" } }),
      // two handoffs, release v2 (via version), CSAT 5, longest
      "cl-b": conversation("cl-b", { start: t - 540_000, seconds: 600, handoffs: [["triage", "orders", order.payload], ["orders", "billing", order.payload]], resolutions: [{ status: "resolved", csat: 5 }], metadata: { version: "v2" } }),
      // no handoff, open, unrated
      "cl-c": conversation("cl-c", { start: t + 120_000, seconds: 10, metadata: { region: "eu" } }),
      // escalated, CSAT 1, release v2, prompt 7
      "cl-d": conversation("cl-d", { start: t + 180_000, seconds: 90, handoffs: [["triage", "billing", order.payload]], resolutions: [{ status: "escalated", csat: 1 }], metadata: { release: "v2", prompt: 7 } }),
      // resolved first without a rating; the rating (4) arrives later
      "cl-e": conversation("cl-e", { start: t + 300_000, seconds: 20, handoffs: [["triage", "orders", order.payload]], resolutions: [{ status: "resolved" }, { status: "resolved", csat: 4 }] }),
    };
    expect((await postEvents(p.key, { events: Object.values(convs).flat() })).status).toBe(200);
    for (const [id, ev] of Object.entries(convs)) await waitScored(p.key, id, ev.length);
  });

  const list = async (qs: string) => {
    const res = await getJson(`/api/v1/conversations?${qs}`, p.key);
    expect(res.status, qs).toBe(200);
    return res.json();
  };

  it("shows CSAT (a late rating wins), release (release, else version), duration and a count", async () => {
    const body = await list("");
    expect(ids(body)).toEqual(["cl-e", "cl-d", "cl-c", "cl-b", "cl-a"]);
    expect(body.total).toBe(5);
    const by = Object.fromEntries(body.data.map((c: { id: string }) => [c.id, c]));
    expect(by["cl-e"].csat).toBe(4);
    expect(by["cl-c"].csat).toBeNull();
    expect(by["cl-b"].release).toBe("v2");
    expect(by["cl-a"].release).toBe("v1");
    expect(by["cl-c"].release).toBeNull();
    expect(by["cl-b"].durationMs).toBe(600_000);
  });

  it("multi-value filters: any of the values, all of the parameters", async () => {
    expect(ids(await list("status=open,escalated"))).toEqual(["cl-d", "cl-c"]);
    expect(ids(await list("release=v2"))).toEqual(["cl-d", "cl-b"]);
    expect(ids(await list("release=v1,v2"))).toEqual(["cl-d", "cl-b", "cl-a"]);
    expect(ids(await list("csatMin=1&csatMax=2"))).toEqual(["cl-d", "cl-a"]);
    expect(ids(await list("csatMin=4"))).toEqual(["cl-e", "cl-b"]);
    expect(ids(await list("meta=prompt=7"))).toEqual(["cl-d"]);
    expect(ids(await list("meta=prompt=8"))).toEqual([]);
    expect(ids(await list("meta=region=eu,prompt=7"))).toEqual([]); // pairs must all match
    expect(ids(await list(`edge=${encodeURIComponent("orders→billing,triage→billing")}`))).toEqual(["cl-d", "cl-b", "cl-a"]);
    expect(ids(await list(`edge=${encodeURIComponent("orders→triage")}`))).toEqual([]); // near miss: the reverse edge
    expect(ids(await list("flag=dropout"))).toEqual(["cl-a"]);
    const both = await list("release=v2&status=escalated");
    expect(ids(both)).toEqual(["cl-d"]);
    expect(both.total).toBe(1);
  });

  it("sorts by handoffs, CSAT (rated only, worst first), duration and depth, ties by id", async () => {
    expect(ids(await list("sort=handoffs&dir=desc"))).toEqual(["cl-b", "cl-e", "cl-d", "cl-a", "cl-c"]);
    expect(ids(await list("sort=csat&dir=asc"))).toEqual(["cl-d", "cl-a", "cl-e", "cl-b"]);
    expect(ids(await list("sort=duration&dir=desc"))).toEqual(["cl-b", "cl-d", "cl-a", "cl-e", "cl-c"]);
    expect(ids(await list("sort=depth&dir=asc"))[0]).toBe("cl-c");
    expect(ids(await list("sort=last&dir=asc"))).toEqual(["cl-a", "cl-b", "cl-c", "cl-d", "cl-e"]);
  });

  it("pages Older and back Newer on any sort, and the first page has no Newer", async () => {
    const p1 = await list("sort=csat&dir=asc&limit=2");
    expect(ids(p1)).toEqual(["cl-d", "cl-a"]);
    expect(p1.prevCursor).toBeNull();
    const p2 = await list(`sort=csat&dir=asc&limit=2&cursor=${p1.nextCursor}`);
    expect(ids(p2)).toEqual(["cl-e", "cl-b"]);
    expect(p2.nextCursor).toBeNull();
    const back = await list(`sort=csat&dir=asc&limit=2&cursor=${p2.prevCursor}`);
    expect(ids(back)).toEqual(["cl-d", "cl-a"]);
    expect(back.prevCursor).toBeNull();
    expect(back.nextCursor).not.toBeNull();

    const d1 = await list("sort=duration&dir=desc&limit=3");
    const d2 = await list(`sort=duration&dir=desc&limit=3&cursor=${d1.nextCursor}`);
    expect([...ids(d1), ...ids(d2)]).toEqual(["cl-b", "cl-d", "cl-a", "cl-e", "cl-c"]);
    expect(ids(await list(`sort=duration&dir=desc&limit=3&cursor=${d2.prevCursor}`))).toEqual(ids(d1));
    expect(d1.total).toBe(5);
  });

  it("answers 400 naming the parameter: a cursor of another sort, a bad flag, an inverted CSAT range", async () => {
    const p1 = await list("sort=csat&dir=asc&limit=2");
    for (const [qs, path] of [
      [`sort=handoffs&dir=asc&cursor=${p1.nextCursor}`, "query.cursor"],
      ["cursor=garbage!!", "query.cursor"],
      [`cursor=${Buffer.from(JSON.stringify(["csat", "asc", "x", "cl-a", 0])).toString("base64url")}`, "query.cursor"],
      ["flag=dropout,nonsense", "query.flag.1"],
      ["csatMin=0", "query.csatMin"],
      ["csatMin=4&csatMax=2", "query.csatMax"],
      ["sort=preview", "query.sort"],
      ["meta=novalue", "query.meta.0"],
    ] as const) {
      const res = await getJson(`/api/v1/conversations?${qs}`, p.key);
      expect(res.status, qs).toBe(400);
      expect((await res.json()).issues.map((i: { path: string }) => i.path), qs).toContain(path);
    }
  });

  it("another project's conversations never appear; no key is 401", async () => {
    const other = await createTestProject();
    expect((await (await getJson("/api/v1/conversations?release=v2", other.key)).json()).data).toEqual([]);
    expect((await fetch(`${baseUrl()}/api/v1/conversations`)).status).toBe(401);
  });

  it("the page ignores a malformed cursor or one bad filter and keeps the other filters", async () => {
    const u = await createTestUser(p.projectId);
    const page = async (qs: string) => {
      const res = await fetch(`${baseUrl()}/conversations?range=24h&${qs}`, { headers: { cookie: u.cookie } });
      expect(res.status, qs).toBe(200);
      return res.text();
    };
    const html = await page("status=escalated&cursor=garbage!!");
    expect(html).toMatch(/Ignored what was not understood: (<!-- -->)?cursor/);
    expect(html).toContain("cl-d");
    expect(html).not.toContain("cl-b");
    const bad = await page("flag=nonsense&release=v1");
    expect(bad).toMatch(/Ignored what was not understood: (<!-- -->)?flag/);
    expect(bad).toContain("cl-a");
    expect(bad).not.toContain("cl-d");
    // repeated parameters (what the filter form sends) are a list
    const rep = await page("status=open&status=escalated&sort=csat&dir=asc");
    expect(rep).toContain("cl-d");
    expect(rep).not.toContain("cl-c"); // unrated: not in a CSAT sort
    // each row links to its conversation carrying the list's query back
    expect(await page("release=v1")).toContain(`/conversations/cl-a?list=${encodeURIComponent("range=24h&release=v1")}`);
  });
});
