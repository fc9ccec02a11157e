import { describe, expect, it } from "vitest";
import { restartLine, restartPolicy } from "./restart-policy";

describe("restartPolicy", () => {
  it("doubles the delay with each crash in a row, up to the cap", () => {
    const p = restartPolicy({ baseDelayMs: 1000, maxDelayMs: 30_000, stableMs: 60_000 });
    // each process crashed one second after it started
    const delays = Array.from({ length: 7 }, (_, i) => p.delayAfterExit(i * 10_000, i * 10_000 + 1000));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });

  it("starts again at the base delay after a process ran for the stable time", () => {
    const p = restartPolicy({ baseDelayMs: 1000, stableMs: 60_000 });
    p.delayAfterExit(0, 1000);
    p.delayAfterExit(0, 1000);
    expect(p.delayAfterExit(0, 60_000)).toBe(1000);
    expect(p.delayAfterExit(0, 1000)).toBe(2000);
  });

  it("near miss: a process that ran just under the stable time keeps the backoff growing", () => {
    const p = restartPolicy({ baseDelayMs: 1000, stableMs: 60_000 });
    p.delayAfterExit(0, 1000);
    p.delayAfterExit(0, 1000);
    expect(p.delayAfterExit(0, 59_999)).toBe(4000);
  });

  it("defaults: 1 s doubling to 30 s, reset after a minute", () => {
    const p = restartPolicy();
    expect([0, 1, 2, 3, 4, 5].map(() => p.delayAfterExit(0, 10))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000]);
    expect(p.delayAfterExit(0, 60_000)).toBe(1000);
  });
});

describe("restartLine", () => {
  it("names the exit code, or the signal when there was one", () => {
    expect(restartLine("the worker process", 3, null, 100)).toBe("baton: the worker process exited with code 3; restarting it in 0.1 s");
    expect(restartLine("a web process", null, "SIGKILL", 2000)).toBe("baton: a web process was killed by SIGKILL; restarting it in 2.0 s");
  });
});
