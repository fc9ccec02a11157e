import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { RssPeaks, rssBytes } from "./rss";

describe("rssBytes", () => {
  it("reads a live process's resident memory and 0 for a pid that is gone", () => {
    expect(rssBytes(process.pid)).toBeGreaterThan(10 * 2 ** 20);
    expect(rssBytes(2 ** 22 + 1)).toBe(0); // above Linux's pid_max
  });
});

describe("RssPeaks", () => {
  it("keeps each process's peak and the peak of their sum taken at one instant", async () => {
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"], { stdio: "ignore" });
    try {
      await new Promise((r) => child.once("spawn", r));
      const peaks = new RssPeaks([process.pid, child.pid!]);
      peaks.sample();
      const first = [...peaks.each];
      expect(first.every((b) => b > 0)).toBe(true);
      expect(peaks.total).toBeGreaterThanOrEqual(first[0] + first[1] - 1);
      expect(peaks.max).toBe(Math.max(...first));
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
      // near miss: a process that ended keeps its peak, and the sum's peak is not lowered by its 0
      peaks.sample();
      expect(peaks.each[1]).toBe(first[1]);
      expect(peaks.total).toBeGreaterThanOrEqual(first[0] + first[1] - 1);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("reports 0 with no process sampled yet", () => {
    expect(new RssPeaks([process.pid]).max).toBe(0);
  });
});
