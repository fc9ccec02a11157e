import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => vi.unstubAllEnvs());

/** takeToken with a fresh env() (parsed once per module instance). */
async function withProcesses(n: string) {
  vi.stubEnv("BATON_WEB_PROCESSES", n);
  vi.resetModules();
  return (await import("./rate-limit")).takeToken;
}

describe("takeToken across web processes", () => {
  it("one process holds the whole rate: a burst of 2 s", async () => {
    const takeToken = await withProcesses("1");
    expect(Array.from({ length: 30 }, () => takeToken("k-one", 10)).filter((w) => w === 0)).toHaveLength(20);
  });
  it("with 4 processes each holds a quarter of the key's rate and burst", async () => {
    const takeToken = await withProcesses("4");
    expect(Array.from({ length: 30 }, () => takeToken("k-four", 10)).filter((w) => w === 0)).toHaveLength(5);
    // the wait for the next token is at the per-process rate (2.5/s)
    expect(takeToken("k-four", 10)).toBeCloseTo(0.4, 1);
  });
});
