import { describe, expect, it } from "vitest";
import { conversationsHref, toSearchParams, withParam } from "./search-params";

describe("search params", () => {
  it("keeps repeated values and drops the named keys", () => {
    expect(toSearchParams({ flag: ["dropout", "reask"], q: "x", cursor: "c" }, ["cursor"]).toString()).toBe("flag=dropout&flag=reask&q=x");
  });

  it("removes one value of a list (repeated or comma-separated) and always drops the cursor", () => {
    expect(withParam({ flag: ["dropout", "reask"], cursor: "c" }, "flag", { remove: "dropout" }).toString()).toBe("flag=reask");
    expect(withParam({ flag: "dropout,reask" }, "flag", { remove: "reask" }).toString()).toBe("flag=dropout");
    expect(withParam({ sort: "last" }, "sort", { set: "csat" }).toString()).toBe("sort=csat");
    expect(withParam({ sort: "last", q: "a" }, "sort", { set: null }).toString()).toBe("q=a");
  });

  it("a drill link is an absolute window plus the filters that apply", () => {
    const href = conversationsHref(new Date("2026-11-20T10:00:00Z"), new Date("2026-11-20T11:00:00Z"), { flag: "dropout", edge: "a→b", agent: undefined });
    expect(href).toBe(`/conversations?range=custom&from=2026-11-20T10%3A00%3A00.000Z&to=2026-11-20T11%3A00%3A00.000Z&flag=dropout&edge=a%E2%86%92b`);
  });
});
