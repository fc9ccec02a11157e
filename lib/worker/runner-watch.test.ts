// RunnerWatch (runner-watch.ts) against a stand-in runner and emitter: it follows the runner's own
// promise, and gives up on it only (1) after its pool reported the end of its shutdown — also
// before the caller began to wait — and the grace passed, or (2) after the runner made no progress
// for the stall time while the database answered.
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { AbandonedRunnerError, RunnerWatch, StalledRunnerError } from "./runner-watch";

function fakeRunner() {
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  let stopped = 0;
  return { runner: { promise, stop: async () => void stopped++ }, settle, stopped: () => stopped };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** A watch on a fake clock: `advance` moves it on. */
function clocked(events: EventEmitter, stallMs = 1000, graceMs = 50) {
  let t = 0;
  const watch = new RunnerWatch(events, { graceMs, stallMs, now: () => t });
  return { watch, advance: (ms: number) => void (t += ms) };
}

describe("RunnerWatch: a runner whose pool shut down", () => {
  it("settles with the runner when it ends on its own", async () => {
    const ok = fakeRunner();
    const events = new EventEmitter();
    const done = new RunnerWatch(events, { graceMs: 50, stallMs: 1000 }).ended(ok.runner);
    ok.settle.resolve();
    await expect(done).resolves.toBeUndefined();
    expect(events.listenerCount("pool:gracefulShutdown:complete")).toBe(0);
    expect(events.listenerCount("job:complete")).toBe(0);

    const failed = fakeRunner();
    const failing = new RunnerWatch(new EventEmitter(), { graceMs: 50, stallMs: 1000 }).ended(failed.runner);
    failed.settle.reject(new Error("pool exited with error"));
    await expect(failing).rejects.toThrow("pool exited with error");
    expect(failed.stopped()).toBe(0);
  });

  it("abandons one that has not ended within the grace", async () => {
    const hung = fakeRunner();
    const events = new EventEmitter();
    const t0 = Date.now();
    const done = new RunnerWatch(events, { graceMs: 50, stallMs: 60_000 }).ended(hung.runner);
    events.emit("pool:gracefulShutdown:complete", {});
    await expect(done).rejects.toBeInstanceOf(AbandonedRunnerError);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
    expect(hung.stopped()).toBe(1);
  });

  it("abandons it also when the pool finished before the caller began to wait (the worker's start-up queries in between)", async () => {
    const hung = fakeRunner();
    const events = new EventEmitter();
    const watch = new RunnerWatch(events, { graceMs: 20, stallMs: 60_000 }); // created before run(), as main.ts does
    events.emit("pool:forcefulShutdown:complete", {});
    await tick(40); // scheduleEvaluation + liveness
    await expect(watch.ended(hung.runner)).rejects.toBeInstanceOf(AbandonedRunnerError);
    expect(hung.stopped()).toBe(1);
  });

  it("near misses: a long-running runner without a shutdown is never abandoned; one ending within the grace is not; another runner's shutdown is not its own", async () => {
    const busy = fakeRunner();
    const events = new EventEmitter();
    const previous = new EventEmitter();
    let outcome = "pending";
    void new RunnerWatch(events, { graceMs: 20, stallMs: 60_000 }).ended(busy.runner).then(() => (outcome = "ended"), () => (outcome = "abandoned"));
    events.emit("pool:listen:error", {});
    previous.emit("pool:gracefulShutdown:complete", {}); // the abandoned predecessor's late event
    await tick(80);
    expect(outcome).toBe("pending");
    busy.settle.resolve();
    await tick();
    expect(outcome).toBe("ended");

    const late = fakeRunner();
    const lateEvents = new EventEmitter();
    const lateDone = new RunnerWatch(lateEvents, { graceMs: 80, stallMs: 60_000 }).ended(late.runner);
    lateEvents.emit("pool:forcefulShutdown:complete", {});
    setTimeout(() => late.settle.resolve(), 20);
    await expect(lateDone).resolves.toBeUndefined();
    expect(late.stopped()).toBe(0);
  });
});

describe("RunnerWatch: a runner that stalls with its pool up", () => {
  it("abandons one that fetched and finished nothing for the stall time while the database answered", async () => {
    const stuck = fakeRunner();
    const events = new EventEmitter();
    const { watch, advance } = clocked(events, 1000);
    const done = watch.ended(stuck.runner);
    events.emit("localQueue:getJobs:complete", {});
    advance(600);
    watch.checkStall(); // 600 ms of silence: not yet
    advance(400);
    watch.checkStall();
    await expect(done).rejects.toBeInstanceOf(StalledRunnerError);
    expect(stuck.stopped()).toBe(1);
  });

  it("a stall found before the caller waits is not lost", async () => {
    const stuck = fakeRunner();
    const { watch, advance } = clocked(new EventEmitter(), 1000);
    advance(1500);
    watch.checkStall();
    await expect(watch.ended(stuck.runner)).rejects.toBeInstanceOf(StalledRunnerError);
  });

  it("near misses: fetches (even empty ones) and finished jobs are progress; an outage restarts the count; a runner that ended is not abandoned later", async () => {
    const polling = fakeRunner();
    const events = new EventEmitter();
    const { watch, advance } = clocked(events, 1000);
    let outcome = "pending";
    void watch.ended(polling.runner).then(() => (outcome = "ended"), (e: Error) => (outcome = e.name || "abandoned"));
    for (let i = 0; i < 10; i++) {
      advance(400);
      events.emit(i % 2 ? "localQueue:getJobs:complete" : "job:complete", {});
      watch.checkStall();
    }
    // the database away for 5 s: no fetch answers, the heartbeat fails
    for (let i = 0; i < 5; i++) {
      advance(1000);
      watch.databaseDown();
    }
    advance(900);
    watch.checkStall(); // back 900 ms ago: not a stall
    await tick();
    expect(outcome).toBe("pending");
    expect(polling.stopped()).toBe(0);
    polling.settle.resolve();
    await tick();
    expect(outcome).toBe("ended");
    advance(5000);
    watch.checkStall();
    await tick();
    expect(outcome).toBe("ended");
    expect(polling.stopped()).toBe(0);
  });
});
