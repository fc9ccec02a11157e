// runnerEnded (runner-watch.ts) against a stand-in runner: it follows the runner's own promise, and
// gives up on it only after its pool has reported the end of its shutdown and the grace has passed.
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { AbandonedRunnerError, runnerEnded } from "./runner-watch";

function fakeRunner() {
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  let stopped = 0;
  return { runner: { promise, stop: async () => void stopped++ }, settle, stopped: () => stopped };
}

describe("runnerEnded", () => {
  it("settles with the runner when it ends on its own", async () => {
    const ok = fakeRunner();
    const events = new EventEmitter();
    const done = runnerEnded(ok.runner, events, 50);
    ok.settle.resolve();
    await expect(done).resolves.toBeUndefined();
    expect(events.listenerCount("pool:gracefulShutdown:complete")).toBe(0);

    const failed = fakeRunner();
    const failing = runnerEnded(failed.runner, new EventEmitter(), 50);
    failed.settle.reject(new Error("pool exited with error"));
    await expect(failing).rejects.toThrow("pool exited with error");
    expect(failed.stopped()).toBe(0);
  });

  it("abandons a runner whose pool finished shutting down and that has not ended within the grace", async () => {
    const hung = fakeRunner();
    const events = new EventEmitter();
    const t0 = Date.now();
    const done = runnerEnded(hung.runner, events, 50);
    events.emit("pool:gracefulShutdown:complete", {});
    await expect(done).rejects.toBeInstanceOf(AbandonedRunnerError);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
    expect(hung.stopped()).toBe(1);
  });

  it("near misses: a long-running runner without a shutdown is never abandoned; one ending within the grace is not", async () => {
    const busy = fakeRunner();
    const events = new EventEmitter();
    let outcome = "pending";
    void runnerEnded(busy.runner, events, 20).then(() => (outcome = "ended"), () => (outcome = "abandoned"));
    events.emit("pool:listen:error", {});
    await new Promise((r) => setTimeout(r, 80));
    expect(outcome).toBe("pending");
    busy.settle.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(outcome).toBe("ended");

    const late = fakeRunner();
    const lateEvents = new EventEmitter();
    const lateDone = runnerEnded(late.runner, lateEvents, 80);
    lateEvents.emit("pool:forcefulShutdown:complete", {});
    setTimeout(() => late.settle.resolve(), 20);
    await expect(lateDone).resolves.toBeUndefined();
    expect(late.stopped()).toBe(0);
  });
});
