// The worker process (`npm start` runs it beside the web server; docker-compose runs it as its own
// service). Jobs live in PostgreSQL (graphile-worker: LISTEN/NOTIFY pickup in ~tens of ms, retries
// with exponential backoff, failed jobs kept with their last error), so a kill -9 loses nothing:
// whatever was queued is picked up again after a restart, and jobs the dead process had locked are
// handed back by the heartbeat sweep (recovery.ts).
//
// A database outage does not end the process: graphile-worker runs on a pool of ours (timeouts,
// an 'error' listener on every client; its LISTEN client reconnects with backoff by itself), and
// when the job runner gives up (a batched completion or failure that fails shuts its pool down)
// this loop waits for the database, hands back the jobs the old runner held, and starts a new
// runner on a new queue pool — also when the old runner never finishes its shutdown, or stalls with
// the database up (runner-watch.ts). Only a runner
// that keeps failing while the database answers exits non-zero, for the supervisor to restart.
import crypto from "node:crypto";
import { EventEmitter } from "node:events";
import { Logger, run, type Runner, type WorkerEvents } from "graphile-worker";
import { migrate } from "../db/migrate";
import { closePool, isShuttingDown, logUnlessStopping, markShuttingDown, pool, usePoolProfile } from "../db/pool";
import { retryWhileUnavailable } from "../db/wait";
import { databaseUrl, env } from "../env";
import { isDatabaseUnavailable } from "../errors";
import { ensureEvaluationScheduled, scheduleEvaluation } from "../alerts/jobs";
import { installLastResort } from "../runtime/last-resort";
import { beat, forget, heartbeatMs, recoverStrandedJobs, unlockWorkers } from "./recovery";
import { jobsStatisticsWatch } from "./jobs-statistics";
import { makeQueuePool } from "./queue-pool";
import { RunnerWatch } from "./runner-watch";
import { crontab, taskList } from "./tasks";

const QUEUE_POOL_SIZE = 10;

/** More runner failures than this within RUNNER_FAILURE_WINDOW_MS, with the database up, is a bug: exit. */
const MAX_RUNNER_FAILURES = 5;
const RUNNER_FAILURE_WINDOW_MS = 60_000;
/** After its pool has shut down, a runner that has not ended within this is abandoned (runner-watch.ts). */
const RUNNER_ABANDON_MS = 5_000;
/** A runner that neither fetched nor finished a job for this long, with the database up, is abandoned (runner-watch.ts). */
const runnerStallMs = () => env().BATON_WORKER_STALL_MS;

// Job-level chatter ("Completed task …" every second for the alert tick) is debug output;
// warnings and errors (failed jobs with their error) are always printed. BATON_WORKER_VERBOSE=1 shows all.
// During an outage graphile-worker reports every failed poll (4 a second): one line per 30 s is enough.
const verbose = env().BATON_WORKER_VERBOSE === "1";
let lastOutageLine = 0;
const logger = new Logger(() => (level, message, meta) => {
  if (isShuttingDown() && !verbose) return; // connections ended by the database's own shutdown
  // many concurrent jobs share a few connections on purpose: the local queue fetches and the
  // batched completions need one connection per batch, not per job
  if (message.startsWith("WARNING: having maxPoolSize") && !verbose) return;
  if (!verbose && level !== "error" && level !== "warning") return;
  const line = `baton worker: ${message.split("\n")[0]}`;
  if (!verbose && (isDatabaseUnavailable(meta?.error) || isDatabaseUnavailable({ message }))) {
    if (Date.now() - lastOutageLine < 30_000) return;
    lastOutageLine = Date.now();
    return logUnlessStopping(line, console.warn);
  }
  console[level === "error" ? "error" : "warn"](line);
});

async function main() {
  usePoolProfile("worker");
  let stopping = false;
  installLastResort("baton worker", () => stopping);
  const url = databaseUrl();
  await retryWhileUnavailable("applying migrations", () => migrate(url), (l) => console.warn(`baton worker: ${l}`));
  let queuePool = makeQueuePool(QUEUE_POOL_SIZE);
  const processId = `${process.pid}-${crypto.randomBytes(4).toString("hex")}`;
  const workerIds = new Set<string>();
  // a full batch is a backlog: the jobs table's statistics may be those of the empty queue (jobs-statistics.ts)
  const batchSize = env().BATON_WORKER_CONCURRENCY;
  const lookAtJobsStatistics = jobsStatisticsWatch(pool, () => verbose && console.log("baton worker: analyzed the jobs table (its statistics were of a far shorter queue)"));
  /** Each runner reports on its own emitter, so an abandoned runner's late events reach no watch of its successor. */
  const runnerEvents = (): WorkerEvents => {
    const events: WorkerEvents = new EventEmitter();
    events.on("worker:create", ({ worker }) => void workerIds.add(worker.workerId));
    // with a local queue, jobs are locked by the pool's id, not a worker's
    events.on("pool:create", ({ workerPool }) => void workerIds.add(workerPool.id));
    events.on("localQueue:getJobs:complete", ({ jobs }) => void (jobs.length >= batchSize && lookAtJobsStatistics()));
    return events;
  };

  let heartbeatFailing = false;
  let watch: RunnerWatch | null = null;
  const liveness = async () => {
    try {
      await beat(processId, [...workerIds]);
      // the database answered this runner's heartbeat: a runner silent for the stall time is stuck
      if (workerIds.size) watch?.checkStall();
      // heartbeat: the queue write on the pool (7.9 ms pool vs 8.1 ms Prisma: lib/worker/recovery.ts)
      await ensureEvaluationScheduled(pool());
      const recovered = await recoverStrandedJobs();
      if (recovered.length) console.warn(`baton worker: handed back the jobs of ${recovered.length} worker(s) that stopped without releasing them`);
      heartbeatFailing = false;
    } catch (err) {
      if (!heartbeatFailing) logUnlessStopping(`baton worker: heartbeat failed: ${(err as Error).message}`, console.warn);
      heartbeatFailing = true;
      watch?.databaseDown();
    }
  };
  const heartbeat = setInterval(() => void liveness(), heartbeatMs());

  let runner: Runner | null = null;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    markShuttingDown();
    clearInterval(heartbeat);
    await runner?.stop().catch(() => {});
    await forget(processId).catch(() => {});
    await Promise.allSettled([queuePool.end(), closePool()]);
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());

  const failures: number[] = [];
  while (!stopping) {
    let why: string;
    try {
      const events = runnerEvents();
      // watched from before its start: its pool may finish shutting down during the queries below
      watch = new RunnerWatch(events, { graceMs: RUNNER_ABANDON_MS, stallMs: runnerStallMs() });
      runner = await startRunner(queuePool, events);
      const ended = watch.ended(runner).then(() => "it shut down after database errors", firstLine);
      // The alert evaluator reschedules itself; make sure one is queued (the job key dedupes). If
      // this fails the runner still runs, and the heartbeat queues it (ensureEvaluationScheduled).
      // recovery: the queue write on the pool (7.9 ms pool vs 8.1 ms Prisma: lib/worker/recovery.ts)
      await scheduleEvaluation(pool(), 0).catch(() => {});
      await liveness();
      if (!failures.length) console.log(`baton worker: running (${Object.keys(taskList).length} tasks)`);
      why = await ended;
    } catch (err) {
      why = firstLine(err);
    }
    if (stopping) break;
    runner = null;
    watch = null;
    // A new pool for the next runner: whatever state the old one's connections were left in stays
    // with it. Its end waits for the clients an abandoned runner still holds, so it is not awaited.
    const oldPool = queuePool;
    queuePool = makeQueuePool(QUEUE_POOL_SIZE);
    void oldPool.end().catch(() => {});
    // The jobs the old runner had locked are this process's to hand back: without it they would
    // wait for the heartbeat sweep.
    const stale = [...workerIds];
    workerIds.clear();
    logUnlessStopping(`baton worker: the job runner stopped (${why}); restarting it once the database answers`, console.warn);
    await retryWhileUnavailable("restarting the job runner", () => unlockWorkers(stale), (l) => logUnlessStopping(`baton worker: ${l}`, console.warn));
    const now = Date.now();
    failures.push(now);
    while (failures[0] < now - RUNNER_FAILURE_WINDOW_MS) failures.shift();
    if (failures.length > MAX_RUNNER_FAILURES) {
      console.error(`baton worker: the job runner failed ${failures.length} times in a minute with the database up; exiting`);
      process.exit(1);
    }
  }
}

const firstLine = (err: unknown) => (err as Error)?.message?.split("\n")[0] ?? String(err);

function startRunner(queuePool: ReturnType<typeof makeQueuePool>, events: WorkerEvents): Promise<Runner> {
  // Many jobs in flight, pulled from the database in batches and completed in batches: a scoring
  // job only waits for its conversation's turn in a group-committed batch (score-conversation.ts),
  // so concurrency here is the batch size available to the scorer, not CPU parallelism.
  const concurrency = env().BATON_WORKER_CONCURRENCY;
  return run({
    events,
    pgPool: queuePool,
    concurrency,
    // Debounced jobs (run_at in the future) are not announced by NOTIFY when they fall due, only
    // found by polling; with the local queue only the pool polls, so a short interval is one cheap
    // query, and a conversation's scores show up ~debounce + 250 ms after its last event at idle.
    pollInterval: 250,
    noHandleSignals: true,
    logger,
    taskList,
    crontab: crontab.join("\n"),
    preset: { worker: { localQueue: { size: concurrency }, completeJobBatchDelay: 2, failJobBatchDelay: 2 } },
  });
}

main().catch((err) => {
  console.error(`baton worker: ${(err as Error).message}`);
  process.exit(1);
});
