// The worker process (`npm start` runs it beside the web server; docker-compose runs it as its own
// service). Jobs live in PostgreSQL (graphile-worker: LISTEN/NOTIFY pickup in ~tens of ms, retries
// with exponential backoff, failed jobs kept with their last error), so a kill -9 loses nothing:
// whatever was queued is picked up again after a restart, and jobs the dead process had locked are
// handed back by the heartbeat sweep (recovery.ts).
import crypto from "node:crypto";
import { EventEmitter } from "node:events";
import { Logger, run, type WorkerEvents } from "graphile-worker";
import { migrate } from "../db/migrate";
import { closePool, isShuttingDown, markShuttingDown, pool } from "../db/pool";
import { databaseUrl, env } from "../env";
import { scheduleEvaluation } from "../alerts/jobs";
import { beat, forget, heartbeatMs, recoverStrandedJobs } from "./recovery";
import { crontab, taskList } from "./tasks";

// Job-level chatter ("Completed task …" every second for the alert tick) is debug output;
// warnings and errors (failed jobs with their error) are always printed. BATON_WORKER_VERBOSE=1 shows all.
const verbose = process.env.BATON_WORKER_VERBOSE === "1";
const logger = new Logger(() => (level, message) => {
  if (isShuttingDown() && !verbose) return; // connections ended by the database's own shutdown
  // many concurrent jobs share a few connections on purpose: the local queue fetches and the
  // batched completions need one connection per batch, not per job
  if (message.startsWith("WARNING: having maxPoolSize") && !verbose) return;
  if (verbose || level === "error" || level === "warning") console[level === "error" ? "error" : "warn"](`baton worker: ${message}`);
});

async function main() {
  const url = databaseUrl();
  await migrate(url);
  const processId = `${process.pid}-${crypto.randomBytes(4).toString("hex")}`;
  const workerIds = new Set<string>();
  const events: WorkerEvents = new EventEmitter();
  events.on("worker:create", ({ worker }) => void workerIds.add(worker.workerId));
  // with a local queue, jobs are locked by the pool's id, not a worker's
  events.on("pool:create", ({ workerPool }) => void workerIds.add(workerPool.id));
  // Many jobs in flight, pulled from the database in batches and completed in batches: a scoring
  // job only waits for its conversation's turn in a group-committed batch (score-conversation.ts),
  // so concurrency here is the batch size available to the scorer, not CPU parallelism.
  const concurrency = env().BATON_WORKER_CONCURRENCY;
  const runner = await run({
    events,
    connectionString: url,
    concurrency,
    maxPoolSize: 10,
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
  // The alert evaluator reschedules itself; make sure one is queued (the job key dedupes).
  await scheduleEvaluation(pool(), 0);
  const liveness = async () => {
    try {
      await beat(processId, [...workerIds]);
      const recovered = await recoverStrandedJobs();
      if (recovered.length) console.warn(`baton worker: handed back the jobs of ${recovered.length} worker(s) that stopped without releasing them`);
    } catch (err) {
      if (!isShuttingDown()) console.warn(`baton worker: heartbeat failed: ${(err as Error).message}`);
    }
  };
  await liveness();
  const heartbeat = setInterval(() => void liveness(), heartbeatMs());
  console.log(`baton worker: running (${Object.keys(taskList).length} tasks)`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    markShuttingDown();
    clearInterval(heartbeat);
    await runner.stop();
    await forget(processId).catch(() => {});
    await closePool();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  await runner.promise;
}

main().catch((err) => {
  console.error(`baton worker: ${(err as Error).message}`);
  process.exit(1);
});
