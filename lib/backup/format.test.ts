import { describe, expect, it } from "vitest";
import { backupFileName, foreignKeyOrder } from "./format";

describe("backup format", () => {
  it("orders tables after the tables their foreign keys point to", () => {
    const order = foreignKeyOrder([
      { name: "sessions", deps: ["users"] },
      { name: "project_members", deps: ["projects", "users"] },
      { name: "users", deps: [] },
      { name: "projects", deps: [] },
    ]);
    expect(order.indexOf("users")).toBeLessThan(order.indexOf("sessions"));
    expect(order.indexOf("projects")).toBeLessThan(order.indexOf("project_members"));
  });
  it("refuses a cycle rather than looping", () => {
    expect(() => foreignKeyOrder([{ name: "a", deps: ["b"] }, { name: "b", deps: ["a"] }])).toThrow(/cycle/);
  });
  it("names files with a sortable timestamp", () => {
    expect(backupFileName(new Date("2026-11-28T19:00:00.123Z"))).toBe("baton-backup-2026-11-28T19-00-00-123Z.dump");
  });
});
