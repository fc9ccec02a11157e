// Buckets are UTC whatever the host's TZ or the database session's `timezone` (issue 13): a web
// process whose PostgreSQL sessions run in Asia/Kolkata (a half-hour offset, so even hour buckets
// would shift) and whose own TZ is America/Los_Angeles must serve the same series as UTC.
// The reads moved last (issue 13: conversation list and count, overview histogram and edge table,
// rescore progress) get the same check, in a child process and through the list API.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import type { Child } from "../../lib/runtime/processes";
import { createTestProject, getJson, postEvents, waitScored } from "../helpers/api";
import { dropoutConversation } from "../helpers/conversations";
import { movedReads, RANGE, seedMovedReads } from "../helpers/moved-reads";
import { startExtraWeb } from "../helpers/stack";
import { inject } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
let extra: Promise<{ url: string; web: Child }> | undefined;
afterAll(async () => (await extra)?.web.stop());

const KOLKATA_DB = () => {
  const url = new URL(inject("databaseUrl"));
  url.searchParams.set("options", "-c timezone=Asia/Kolkata");
  return url.toString();
};
/** One extra web process for the file: PostgreSQL sessions in Asia/Kolkata, TZ America/Los_Angeles. */
const kolkataWeb = () => (extra ??= startExtraWeb(KOLKATA_DB(), { TZ: "America/Los_Angeles" }));

describe("time zones", () => {
  it("hour and day buckets are UTC under a non-UTC host TZ and database session time zone", async () => {
    const p = await createTestProject();
    // 23:30 UTC the day before yesterday: a different calendar day in Kolkata and in Los Angeles.
    const day = new Date(Date.now() - 2 * 86_400_000);
    const start = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 23, 30);
    expect((await postEvents(p.key, { events: dropoutConversation("tz-1", start) })).status).toBe(200);
    await waitScored(p.key, "tz-1", 4);

    const web = await kolkataWeb();
    const from = new Date(start - 3 * 86_400_000).toISOString();
    const to = new Date(start + 2 * 86_400_000).toISOString();
    for (const base of [undefined, web.url]) {
      const days = await (await getJson(`/api/v1/metrics?metric=conversations&bucket=day&from=${from}&to=${to}`, p.key, base)).json();
      const nonZero = days.points.filter((pt: { value: number }) => pt.value > 0);
      expect(nonZero).toEqual([expect.objectContaining({ bucket: new Date(start - 23.5 * 3_600_000).toISOString(), value: 1 })]);
      const hours = await (await getJson(`/api/v1/metrics?metric=dropout_rate&bucket=hour&from=${from}&to=${to}`, p.key, base)).json();
      const rated = hours.points.filter((pt: { value: number | null }) => pt.value !== null);
      expect(rated).toEqual([expect.objectContaining({ bucket: new Date(start - 30 * 60_000).toISOString(), value: 1 })]);
    }
  });

  it("the moved reads (list, count, histogram, edge table, rescore progress) answer the same", async () => {
    const p = await createTestProject();
    const other = await createTestProject();
    await seedMovedReads(p.projectId, other.projectId);
    const utc = await movedReads(p.projectId);
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "tests/helpers/moved-reads-child.ts", p.projectId], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: KOLKATA_DB(), TZ: "America/Los_Angeles" },
    });
    const child = JSON.parse(stdout);
    expect(child.sessionTimeZone).toBe("Asia/Kolkata");
    expect(child.processTimeZone).toBe("America/Los_Angeles");
    expect(child.reads).toEqual(utc);
    // and they are the right figures (raw-rows.test.ts checks each in detail)
    expect(utc.list.all.data.map((c) => c.id)).toEqual(["m-f", "m-e", "m-d", "m-c", "m-b", "m-a"]);
    expect(utc.depthHistogram).toEqual([{ depth: 1, conversations: 5 }, { depth: 4, conversations: 1 }]);
    expect(utc.rescore.progress).toEqual({ total: 3, done: 1 });

    // the list API of the Kolkata / Los Angeles web process: the same page, cursor and boundaries
    const web = await kolkataWeb();
    const qs = `from=${RANGE.from.toISOString()}&to=${RANGE.to.toISOString()}&limit=2`;
    for (const base of [undefined, web.url]) {
      const first = await (await getJson(`/api/v1/conversations?${qs}`, p.key, base)).json();
      expect(first).toEqual(JSON.parse(JSON.stringify(utc.list.first)));
      const second = await (await getJson(`/api/v1/conversations?${qs}&cursor=${first.nextCursor}`, p.key, base)).json();
      expect(second.data.map((c: { id: string }) => c.id)).toEqual(["m-d", "m-c"]);
    }
  });
});
