// Several web processes on one port (issue 17 §4): this is the cluster primary `npm start` runs
// when BATON_WEB_PROCESSES > 1. It forks that many web processes (./web-server.ts: Next behind the
// ingest listener) with node:cluster, which share the listening socket (the primary accepts
// connections and hands them round-robin to the processes), restarts one that dies with the same backoff as the supervisor, and on SIGTERM or
// SIGINT stops them all and exits. A worker whose primary is killed exits on its own (cluster
// workers leave when their IPC channel closes), so no orphan keeps the port.
//   node --import tsx lib/runtime/web-cluster.ts PORT HOST   (BATON_WEB_PROCESSES from lib/env.ts)
import cluster, { type Worker } from "node:cluster";
import { env } from "../env";
import { webServerEntry } from "./processes";
import { restartLine, restartPolicy } from "./restart-policy";

const [port = "3000", host = "0.0.0.0"] = process.argv.slice(2);
const count = env().BATON_WEB_PROCESSES;
let stopping = false;
const policy = restartPolicy();

cluster.setupPrimary({ exec: webServerEntry(), args: [port, host], execArgv: ["--import", "tsx"] });

function fork(): Worker {
  const w = cluster.fork({ NEXT_TELEMETRY_DISABLED: "1" });
  const startedAt = Date.now();
  w.on("exit", (code, signal) => {
    if (stopping) return;
    const delay = policy.delayAfterExit(startedAt);
    console.error(restartLine("a web process", code, signal, delay));
    setTimeout(() => void (stopping || fork()), delay);
  });
  return w;
}

for (let i = 0; i < count; i++) fork();

async function stop() {
  if (stopping) return;
  stopping = true;
  const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.isDead()) return resolve();
          w.once("exit", () => resolve());
          w.process.kill("SIGTERM");
          setTimeout(() => w.process.kill("SIGKILL"), 5000).unref();
        }),
    ),
  );
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
