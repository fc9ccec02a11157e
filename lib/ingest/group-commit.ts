// Group commit: concurrent small requests share one database round trip (issue 17 §4). Simple
// integrations send one event per POST; each such request used to pay a whole transaction of its
// own (BEGIN, INSERT, add_jobs, COMMIT: four round trips and a WAL flush), and on a busy 2-core box
// the socket writes and wake-ups of those round trips, not the SQL, were most of its CPU.
//
// Design: `submit(item)` queues the item. While fewer than `maxInFlight` groups are running, the
// queue is taken at once as a new group (so an idle server adds no delay: a lone request is a
// group of one). Items submitted while every slot is busy wait, and join the next group as soon
// as a slot frees — one `run(items)` call (for ingest: one multi-row INSERT … RETURNING with the
// scoring-queue mark in the same statement) per group, up to `maxWeight` (events) per group.
// The time a commit is in flight is the batching window. With `gatherMs`, a group that ends with
// fewer items waiting than it answered lets the queue grow to half of both (bounded by half its own
// run time) before the next group starts: senders with one request in flight each (simple
// integrations, the bench) otherwise settle into two uneven cohorts that take turns — at 16 senders
// groups of 1 and 15 in turn (profiled: 554 of 1 and 400 of 15 in 10 s) — and the web process, which
// reads the next cohort while the other commits, idles through the large group's commit and queues
// behind the small one's. With it: groups of 8 and 8 (64 senders: 32 and 32). With `staggerMs`,
// a further group starts beside a running one only once the youngest running group has been
// committing that long (a stalled commit: a lock wait, a slow flush); until then the queue grows
// into one larger group. A group's PostgreSQL cost is mostly per statement (~1.3 ms of backend CPU for a group of 1 or of 8
// on this box: the statement's fixed work and the commit), so two small groups side by side cost
// nearly twice one group of both (issue 17 §4; docs/architecture.md "Group commit").
//
// Guarantees (the caller's `run` must be atomic: all items committed or none):
// - An item's promise resolves only after the group holding it has committed, with that item's
//   own result (`run` returns one result per item, in order). Acknowledging on resolve therefore
//   acknowledges a committed event, exactly as without grouping.
// - A group that fails is either retried item by item (`retrySingly(err)` true: an error one item
//   may have caused, e.g. a constraint — the others then commit alone and only the culprit fails)
//   or fails every item in it with that error (false: the database is away or timed out, retrying
//   each would only multiply the wait; the caller answers 503 and the client resends). Since `run`
//   is atomic, a failed group wrote nothing: no item is half-written.
// - Per-item validation happens before `submit` (a rejected event never reaches a group), so one
//   request's invalid event cannot fail another request's group.
// - Idempotency is the caller's: ingest dedupes (project_id, event id) across the items of a group
//   (the first item submitted owns the id, later ones count it as a duplicate) and relies on the
//   unique key with ON CONFLICT DO NOTHING across groups, as before.
// - Groups start in submission order; items keep their submission order inside a group.

export interface GroupCommitOptions<T, R> {
  /** Commits the items atomically; resolves with one result per item, in the same order. */
  run: (items: T[]) => Promise<R[]>;
  /** groups running at the same time (each holds one database connection) */
  maxInFlight: number;
  /** a group's total weight at most (an item heavier than this still forms a group alone) */
  maxWeight: number;
  weight?: (item: T) => number;
  /** after a group of several failed with this error: true = commit each item alone, false = fail them all */
  retrySingly?: (err: unknown) => boolean;
  /**
   * ms: with a group running, a further one starts (slots permitting) only once the youngest running
   * group has run this long; 0 (default) = at once. A lone item on an idle queue never waits.
   */
  staggerMs?: number;
  /**
   * ms, at most: when a group ends and no other is running, the next group waits until the queue
   * holds half the items of both (those waiting, and those the ended group answers, whose senders
   * are expected back), or maxWeight, or for half the ended group's run time, whichever comes
   * first — so two alternating groups stay even (see the file's head). 0 (default) = the queue is
   * taken at once. A lone item on an idle queue never waits.
   */
  gatherMs?: number;
}

interface Pending<T, R> {
  item: T;
  resolve: (r: R) => void;
  reject: (err: unknown) => void;
}

export interface GroupCommit<T, R> {
  submit(item: T): Promise<R>;
  /** items waiting for a slot, and groups running (for tests and diagnostics) */
  stats(): { queued: number; inFlight: number; groups: number };
}

export function groupCommit<T, R>(opts: GroupCommitOptions<T, R>): GroupCommit<T, R> {
  const weight = opts.weight ?? (() => 1);
  const queue: Pending<T, R>[] = [];
  const stagger = opts.staggerMs ?? 0;
  const gather = opts.gatherMs ?? 0;
  /** total weight of the queue */
  let queued = 0;
  /** while gathering (gatherUntil > 0): start once the queue holds this many items, or at gatherUntil */
  let gatherUntil = 0;
  let gatherTarget = 0;
  let inFlight = 0;
  let groups = 0;
  /** performance.now() when the youngest group started */
  let lastStart = 0;
  let timer: NodeJS.Timeout | undefined;
  let timerAt = 0;

  function next(): void {
    while (inFlight < opts.maxInFlight && queue.length) {
      if (gatherUntil > 0) {
        if (queue.length < gatherTarget && queued < opts.maxWeight && gatherUntil > performance.now()) return later(gatherUntil);
        gatherUntil = 0;
      }
      if (inFlight > 0 && stagger > 0 && lastStart + stagger > performance.now()) return later(lastStart + stagger);
      let w = 0;
      let n = 0;
      while (n < queue.length && (n === 0 || w + weight(queue[n].item) <= opts.maxWeight)) w += weight(queue[n++].item);
      const group = queue.splice(0, n);
      queued -= w;
      inFlight++;
      groups++;
      if (stagger > 0) lastStart = performance.now();
      void commit(group);
    }
    if (!queue.length && timer) {
      clearTimeout(timer);
      timer = undefined;
    }
  }

  /**
   * One timer at a time, the earliest wanted: it (or a group's end, or an arrival) starts the next
   * group. `at` is the deadline itself (performance.now() time), so the arrivals that find the same
   * deadline keep the timer already set: computed as a delay from each arrival's own clock reading,
   * about half of them re-armed it (a clearTimeout and a setTimeout per request: 2.5 % of the web
   * process's CPU at 16 single-event senders).
   */
  function later(at: number): void {
    if (timer) {
      if (timerAt <= at) return;
      clearTimeout(timer);
    }
    timerAt = at;
    timer = setTimeout(fire, Math.max(1, Math.ceil(at - performance.now())));
  }

  function fire(): void {
    timer = undefined;
    next();
  }

  /** Runs a group; its slot is freed (and the next group started or gathered) before its items are answered. */
  async function commit(group: Pending<T, R>[]): Promise<void> {
    const started = performance.now();
    let results: R[];
    try {
      results = await opts.run(group.map((p) => p.item));
    } catch (err) {
      done(group, started);
      if (group.length > 1 && opts.retrySingly?.(err)) {
        await Promise.all(group.map((p) => opts.run([p.item]).then((r) => settle([p], r), p.reject)));
      } else {
        for (const p of group) p.reject(err);
      }
      return;
    }
    done(group, started);
    settle(group, results);
  }

  /** A group's run ended: its slot is freed, and the next group started or gathered. */
  function done(group: Pending<T, R>[], started: number): void {
    inFlight--;
    if (gather > 0 && inFlight === 0) {
      const now = performance.now();
      gatherUntil = now + Math.min(gather, (now - started) / 2);
      gatherTarget = Math.ceil((queue.length + group.length) / 2);
    }
    next();
  }

  function settle(group: Pending<T, R>[], results: R[]): void {
    if (results.length !== group.length) {
      const err = new Error(`group commit: run returned ${results.length} results for ${group.length} items`);
      for (const p of group) p.reject(err);
      return;
    }
    group.forEach((p, i) => p.resolve(results[i]));
  }

  return {
    submit(item: T): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        queued += weight(item);
        next();
      });
    },
    stats: () => ({ queued: queue.length, inFlight, groups }),
  };
}
