// The group-commit queue's batching and failure rules, with a scripted `run` (the PostgreSQL side
// is tested over real HTTP in tests/api/ingest-group-commit.test.ts).
import { describe, expect, it, vi } from "vitest";
import { groupCommit } from "./group-commit";

/** A run whose calls stay open until the test settles them, recording each group it was given. */
function scripted<T>() {
  const calls: Array<{ items: T[]; ok: (r: unknown[]) => void; fail: (e: unknown) => void }> = [];
  const run = (items: T[]) =>
    new Promise<unknown[]>((ok, fail) => {
      calls.push({ items, ok, fail });
    });
  return { calls, run };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
/** Polls `ok` until it holds; throws at the deadline (never falls through). */
async function until(ok: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`not reached within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
const outcome = <R>(p: Promise<R>) => p.then((v) => ({ ok: v }), (e: Error) => ({ err: e.message }));

describe("groupCommit", () => {
  it("a lone item runs at once as a group of one (no added wait on an idle server)", async () => {
    const s = scripted<string>();
    const gc = groupCommit({ run: s.run, maxInFlight: 1, maxWeight: 10 });
    const p = gc.submit("a");
    expect(s.calls.map((c) => c.items)).toEqual([["a"]]);
    s.calls[0].ok(["A"]);
    expect(await p).toBe("A");
  });

  it("items arriving while every slot is busy join the next group, one run for all, each gets its own result", async () => {
    const s = scripted<string>();
    const gc = groupCommit({ run: s.run, maxInFlight: 1, maxWeight: 10 });
    const first = gc.submit("a");
    const rest = ["b", "c", "d"].map((x) => gc.submit(x));
    expect(s.calls).toHaveLength(1);
    expect(gc.stats()).toMatchObject({ queued: 3, inFlight: 1 });
    s.calls[0].ok(["A"]);
    await first;
    expect(s.calls.map((c) => c.items)).toEqual([["a"], ["b", "c", "d"]]);
    s.calls[1].ok(["B", "C", "D"]);
    expect(await Promise.all(rest)).toEqual(["B", "C", "D"]);
    expect(gc.stats()).toMatchObject({ queued: 0, inFlight: 0, groups: 2 });
  });

  it("no item is acknowledged before its group's run has resolved", async () => {
    const s = scripted<string>();
    const gc = groupCommit({ run: s.run, maxInFlight: 1, maxWeight: 10 });
    let done = false;
    const p = gc.submit("a").then(() => (done = true));
    await tick();
    expect(done).toBe(false);
    s.calls[0].ok([1]);
    await p;
    expect(done).toBe(true);
  });

  it("maxInFlight groups run at once; a group never exceeds maxWeight (a heavier item goes alone)", async () => {
    const s = scripted<number>();
    const gc = groupCommit({ run: s.run, maxInFlight: 2, maxWeight: 10, weight: (n: number) => n });
    const ps = [1, 2, 6, 3, 2, 20, 1].map((n) => gc.submit(n));
    // 1 and 2 start at once (two slots); the rest wait
    expect(s.calls.map((c) => c.items)).toEqual([[1], [2]]);
    s.calls[0].ok([0]);
    await tick();
    expect(s.calls[2].items).toEqual([6, 3]); // 6+3 = 9; +2 would be 11
    s.calls[1].ok([0]);
    await tick();
    expect(s.calls[3].items).toEqual([2]); // the next, 20, would not fit beside it
    s.calls[2].ok([0, 0]);
    await tick();
    expect(s.calls[4].items).toEqual([20]); // over the limit on its own: still runs, alone
    s.calls[3].ok([0]);
    await tick();
    expect(s.calls[5].items).toEqual([1]);
    s.calls[4].ok([0]);
    s.calls[5].ok([0]);
    await Promise.all(ps);
    expect(gc.stats().groups).toBe(6);
  });

  it("staggerMs: a second group starts beside a running one only once that one has run staggerMs; the queue grows meanwhile", async () => {
    const s = scripted<string>();
    const gc = groupCommit({ run: s.run, maxInFlight: 2, maxWeight: 10, staggerMs: 60 });
    const first = gc.submit("a"); // idle queue: at once, no wait
    expect(s.calls.map((c) => c.items)).toEqual([["a"]]);
    const rest = ["b", "c"].map((x) => gc.submit(x));
    // near miss: a free slot, but the running group is younger than staggerMs
    await new Promise((r) => setTimeout(r, 15));
    expect(s.calls).toHaveLength(1);
    expect(gc.stats()).toMatchObject({ queued: 2, inFlight: 1 });
    const more = gc.submit("d");
    // the running group has now run staggerMs (a stalled commit): the queue starts beside it, as one group
    await until(() => s.calls.length === 2, 2000);
    expect(s.calls[1].items).toEqual(["b", "c", "d"]);
    s.calls[1].ok(["B", "C", "D"]);
    s.calls[0].ok(["A"]);
    expect(await Promise.all([first, ...rest, more])).toEqual(["A", "B", "C", "D"]);
  });

  it("items arriving while the queue waits for the same deadline share one timer; a group's end drops it", async () => {
    const s = scripted<string>();
    const gc = groupCommit({ run: s.run, maxInFlight: 2, maxWeight: 100, staggerMs: 60_000 });
    const first = gc.submit("a");
    const set = vi.spyOn(globalThis, "setTimeout");
    const clear = vi.spyOn(globalThis, "clearTimeout");
    try {
      // each arrival reads the clock anew, but the deadline is the running group's start + staggerMs
      const rest = Array.from({ length: 40 }, (_, i) => gc.submit(`b${i}`));
      expect(set).toHaveBeenCalledTimes(1);
      expect(clear).not.toHaveBeenCalled();
      // near miss: the running group commits first; the queue is handed on at once and its timer dropped
      s.calls[0].ok(["A"]);
      await first;
      expect(clear).toHaveBeenCalledTimes(1);
      expect(s.calls[1].items).toHaveLength(40);
      s.calls[1].ok(rest.map((_, i) => i));
      expect(await Promise.all(rest)).toHaveLength(40);
    } finally {
      set.mockRestore();
      clear.mockRestore();
    }
  });

  it("staggerMs: a group that commits before staggerMs hands the queue on at once, as one group (no timer wait)", async () => {
    const s = scripted<string>();
    const gc = groupCommit({ run: s.run, maxInFlight: 2, maxWeight: 10, staggerMs: 10_000 });
    const first = gc.submit("a");
    const rest = ["b", "c"].map((x) => gc.submit(x));
    expect(s.calls).toHaveLength(1);
    s.calls[0].ok(["A"]);
    await first;
    expect(s.calls.map((c) => c.items)).toEqual([["a"], ["b", "c"]]);
    s.calls[1].ok(["B", "C"]);
    expect(await Promise.all(rest)).toEqual(["B", "C"]);
    expect(gc.stats()).toMatchObject({ queued: 0, inFlight: 0, groups: 2 });
  });

  it("a failed group with a retryable error is retried item by item: only the culprit fails", async () => {
    const runs: string[][] = [];
    let gate!: () => void;
    const blocked = new Promise<void>((r) => (gate = r));
    const gc = groupCommit({
      maxInFlight: 1,
      maxWeight: 10,
      retrySingly: (e) => (e as Error).message === "constraint",
      run: async (items: string[]) => {
        runs.push(items);
        if (items[0] === "gate") await blocked;
        if (items.includes("bad")) throw new Error("constraint");
        return items.map((x) => x.toUpperCase());
      },
    });
    const g = gc.submit("gate");
    const ps = ["a", "bad", "c"].map((x) => outcome(gc.submit(x)));
    gate();
    await g;
    expect(await Promise.all(ps)).toEqual([{ ok: "A" }, { err: "constraint" }, { ok: "C" }]);
    expect(runs).toEqual([["gate"], ["a", "bad", "c"], ["a"], ["bad"], ["c"]]);
  });

  it("a failed group with a non-retryable error (database away) fails every item in it, and only them", async () => {
    const s = scripted<string>();
    const gc = groupCommit({ run: s.run, maxInFlight: 1, maxWeight: 10, retrySingly: () => false });
    const gate = outcome(gc.submit("gate"));
    const group = ["a", "b", "c"].map((x) => outcome(gc.submit(x)));
    s.calls[0].ok(["G"]);
    await gate;
    const later = outcome(gc.submit("d")); // waits: the group of a, b, c is in flight
    s.calls[1].fail(new Error("terminating connection due to administrator command"));
    expect(await Promise.all(group)).toEqual(Array(3).fill({ err: "terminating connection due to administrator command" }));
    await tick();
    expect(s.calls[2].items).toEqual(["d"]); // the queue keeps going after a failure
    s.calls[2].ok(["D"]);
    expect(await later).toEqual({ ok: "D" });
    expect(await gate).toEqual({ ok: "G" });
  });

  it("near miss: a group of one that fails is not retried (nothing to isolate)", async () => {
    let n = 0;
    const gc = groupCommit({ maxInFlight: 1, maxWeight: 10, retrySingly: () => true, run: async () => (n++, Promise.reject(new Error("x"))) });
    expect(await outcome(gc.submit("a"))).toEqual({ err: "x" });
    expect(n).toBe(1);
  });

  it("a run that answers the wrong number of results fails its items instead of mis-assigning them", async () => {
    const s = scripted<string>();
    const gc = groupCommit({ run: s.run, maxInFlight: 1, maxWeight: 10 });
    const p = outcome(gc.submit("a"));
    s.calls[0].ok(["A", "extra"]);
    expect(await p).toEqual({ err: "group commit: run returned 2 results for 1 items" });
  });
});

describe("groupCommit gatherMs (two alternating groups kept even)", () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it("a group that answered more items than are queued waits until half of both are queued, then starts at once", async () => {
    const s = scripted<string>();
    const gc = groupCommit({ run: s.run, maxInFlight: 2, maxWeight: 100, staggerMs: 60_000, gatherMs: 60_000 });
    const a = gc.submit("a"); // idle: at once
    const bcd = ["b", "c", "d"].map((x) => gc.submit(x));
    await sleep(40); // the group runs 40 ms: the next may wait up to 20 ms
    s.calls[0].ok(["A"]);
    await a;
    // near miss: 3 queued against 1 answered — already at least half of the 4: no wait
    expect(s.calls.map((c) => c.items)).toEqual([["a"], ["b", "c", "d"]]);
    await sleep(40);
    const a2 = gc.submit("a2"); // the sender answered first is back
    s.calls[1].ok(["B", "C", "D"]);
    await Promise.all(bcd);
    // 1 queued against 3 answered: the group waits for a second item (half of 4) rather than running a group of one
    await tick();
    expect(s.calls).toHaveLength(2);
    expect(gc.stats()).toMatchObject({ queued: 1, inFlight: 0 });
    const b2 = gc.submit("b2");
    expect(s.calls.map((c) => c.items)[2]).toEqual(["a2", "b2"]); // on the arrival, no timer
    s.calls[2].ok(["A2", "B2"]);
    expect(await Promise.all([a2, b2])).toEqual(["A2", "B2"]);
  });

  it("the wait ends after half the ended group's run time when the senders do not come back", async () => {
    const s = scripted<string>();
    const gc = groupCommit({ run: s.run, maxInFlight: 1, maxWeight: 100, gatherMs: 60_000 });
    const a = gc.submit("a");
    const rest = ["b", "c", "d", "e"].map((x) => gc.submit(x));
    s.calls[0].ok(["A"]);
    await a;
    expect(s.calls[1].items).toEqual(["b", "c", "d", "e"]);
    await sleep(80); // this group runs 80 ms: the next waits 40 ms at most
    s.calls[1].ok(["B", "C", "D", "E"]);
    await Promise.all(rest);
    const ended = performance.now();
    const f = gc.submit("f"); // 1 queued against 4 answered: waits for a second item that never comes
    await tick();
    expect(s.calls).toHaveLength(2);
    await until(() => s.calls.length === 3, 2000);
    const waited = performance.now() - ended;
    expect(waited).toBeGreaterThanOrEqual(30);
    expect(waited).toBeLessThan(1000);
    expect(s.calls[2].items).toEqual(["f"]);
    s.calls[2].ok(["F"]);
    expect(await f).toBe("F");
  });

  it("a lone item on an idle queue runs at once, and the wait is capped at gatherMs however long the group ran", async () => {
    const s = scripted<string>();
    const gc = groupCommit({ run: s.run, maxInFlight: 1, maxWeight: 100, gatherMs: 5 });
    const a = gc.submit("a");
    expect(s.calls).toHaveLength(1); // near miss: nothing ended yet, nothing to wait for
    const rest = ["b", "c", "d", "e"].map((x) => gc.submit(x));
    s.calls[0].ok(["A"]);
    await a;
    await sleep(400); // half of this would be 200 ms; gatherMs caps the wait at 5
    s.calls[1].ok(["B", "C", "D", "E"]);
    await Promise.all(rest);
    const ended = performance.now();
    const f = gc.submit("f");
    await tick();
    await until(() => s.calls.length === 3, 2000);
    expect(performance.now() - ended).toBeLessThan(150);
    s.calls[2].ok(["F"]);
    expect(await f).toBe("F");
  });

  it("maxWeight reached while waiting starts the group without waiting for more items", async () => {
    const s = scripted<number>();
    const gc = groupCommit({ run: s.run, maxInFlight: 1, maxWeight: 10, gatherMs: 60_000, weight: (n: number) => n });
    const ps = [1, 1, 1, 1, 1, 1].map((n) => gc.submit(n)); // 1 runs; 5 wait
    await sleep(40);
    s.calls[0].ok([0]);
    await tick();
    expect(s.calls[1].items).toEqual([1, 1, 1, 1, 1]);
    await sleep(40);
    s.calls[1].ok([0, 0, 0, 0, 0]); // 5 answered, 0 queued: waits for 3 items…
    await Promise.all(ps);
    const heavy = gc.submit(10); // …but one item of maxWeight fills a group: no wait
    expect(s.calls[2].items).toEqual([10]);
    s.calls[2].ok([0]);
    await heavy;
  });
});
