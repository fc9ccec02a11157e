// parseSettings keeps a project's valid settings when one key is invalid, and says which.
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS, parseSettings, readSettings } from "./settings";

describe("readSettings", () => {
  it("keeps the valid keys and reports the invalid one", () => {
    const { settings, problems } = readSettings({ depthWarn: 7, trackedFields: ["loyalty_id"], freshnessTurns: -3, judge: { kind: "offline" } });
    expect(settings.depthWarn).toBe(7);
    expect(settings.trackedFields).toEqual(["loyalty_id"]);
    expect(settings.freshnessTurns).toBe(DEFAULT_SETTINGS.freshnessTurns);
    expect(problems).toEqual([{ key: "freshnessTurns", message: expect.stringMatching(/^freshnessTurns: /) }]);
  });

  it("reports each of several invalid keys, nested ones by their path", () => {
    const { settings, problems } = readSettings({ pingPongHops: 99, vocabulary: [{ name: "Bad Name" }], driftThreshold: 0.7 });
    expect(settings.driftThreshold).toBe(0.7);
    expect(settings.vocabulary).toEqual([]);
    expect(problems.map((p) => p.key).sort()).toEqual(["pingPongHops", "vocabulary"]);
    expect(problems.find((p) => p.key === "vocabulary")?.message).toMatch(/^vocabulary\.0\.name: /);
  });

  it("near miss: valid settings, unknown keys (rescoreRequestedAt) and null report nothing", () => {
    expect(readSettings({ depthWarn: 6, rescoreRequestedAt: "2026-11-28T00:00:00Z" })).toEqual({ settings: { ...DEFAULT_SETTINGS, depthWarn: 6 }, problems: [] });
    expect(readSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it("a value that is not an object gives the defaults and says so", () => {
    expect(readSettings("junk")).toEqual({ settings: DEFAULT_SETTINGS, problems: [{ key: "", message: expect.stringMatching(/not an object/) }] });
  });
});

describe("parseSettings", () => {
  it("logs a problem once, however often the settings are read", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    for (let i = 0; i < 3; i++) expect(parseSettings({ depthCritical: 0, depthWarn: 4 }).depthWarn).toBe(4);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/depthCritical/);
    warn.mockRestore();
  });
});
