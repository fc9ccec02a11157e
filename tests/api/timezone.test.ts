// Buckets are UTC whatever the host's TZ or the database session's `timezone` (issue 13): a web
// process whose PostgreSQL sessions run in Asia/Kolkata (a half-hour offset, so even hour buckets
// would shift) and whose own TZ is America/Los_Angeles must serve the same series as UTC.
import { afterAll, describe, expect, it } from "vitest";
import type { Child } from "../../lib/runtime/processes";
import { createTestProject, getJson, postEvents, waitScored } from "../helpers/api";
import { dropoutConversation } from "../helpers/conversations";
import { startExtraWeb } from "../helpers/stack";
import { inject } from "vitest";

let web: Child | undefined;
afterAll(() => web?.stop());

describe("time zones", () => {
  it("hour and day buckets are UTC under a non-UTC host TZ and database session time zone", async () => {
    const p = await createTestProject();
    // 23:30 UTC the day before yesterday: a different calendar day in Kolkata and in Los Angeles.
    const day = new Date(Date.now() - 2 * 86_400_000);
    const start = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 23, 30);
    expect((await postEvents(p.key, { events: dropoutConversation("tz-1", start) })).status).toBe(200);
    await waitScored(p.key, "tz-1", 4);

    const url = new URL(inject("databaseUrl"));
    url.searchParams.set("options", "-c timezone=Asia/Kolkata");
    const extra = await startExtraWeb(url.toString(), { TZ: "America/Los_Angeles" });
    web = extra.web;
    const from = new Date(start - 3 * 86_400_000).toISOString();
    const to = new Date(start + 2 * 86_400_000).toISOString();
    for (const base of [undefined, extra.url]) {
      const days = await (await getJson(`/api/v1/metrics?metric=conversations&bucket=day&from=${from}&to=${to}`, p.key, base)).json();
      const nonZero = days.points.filter((pt: { value: number }) => pt.value > 0);
      expect(nonZero).toEqual([expect.objectContaining({ bucket: new Date(start - 23.5 * 3_600_000).toISOString(), value: 1 })]);
      const hours = await (await getJson(`/api/v1/metrics?metric=dropout_rate&bucket=hour&from=${from}&to=${to}`, p.key, base)).json();
      const rated = hours.points.filter((pt: { value: number | null }) => pt.value !== null);
      expect(rated).toEqual([expect.objectContaining({ bucket: new Date(start - 30 * 60_000).toISOString(), value: 1 })]);
    }
  });
});
