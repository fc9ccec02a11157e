// One web process: a node:http server on the public port whose ingest listener
// (./ingest-listener.ts) answers the ingest routes, and Next (custom-server API: next(),
// prepare(), getRequestHandler()) everything else — pages, /api/health, the read API. It replaces
// `next start`, so it does what that did: production mode, the .next build, graceful stop on
// SIGTERM/SIGINT (stop accepting, finish the requests in flight, close Next, exit 143/130).
// With BATON_INGEST_LISTENER=0 every request goes to Next, as under `next start`.
//   node --import tsx lib/runtime/web-server.ts PORT HOST   (npm start, the cluster, tests, Docker)
import http from "node:http";
import { freezeEnv, useProductionMode } from "../env";
import { listenerRoute, serveWithListener } from "./ingest-listener";
import { ROOT } from "./processes";

const [port = "3000", host = "0.0.0.0"] = process.argv.slice(2);
useProductionMode(); // before Next and React load their production builds, as `next start` does
// tsx turns source maps on for the TypeScript it runs; left on, Node would also read and parse the
// source map of each of Next's ~140 server chunks as they load and map every error stack Next
// builds (measured: the first page answered ~8 s after listening, under load). `next start` runs without.
process.setSourceMapsEnabled(false);

async function main() {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: ROOT, hostname: host, port: Number(port) });
  await app.prepare();
  const handle = app.getRequestHandler();
  // prepare() has loaded the .env files into process.env: from here on the environment is fixed
  const listener = freezeEnv().BATON_INGEST_LISTENER === "1";

  const server = http.createServer((req, res) => {
    const own = listener ? listenerRoute(req) : null;
    if (own) void serveWithListener(own, req, res);
    else void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(port), host, () => resolve());
  });
  console.log(`baton web: listening on http://${host}:${port}${listener ? " (ingest listener on)" : ""}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    // close() stops accepting and ends idle keep-alive connections; requests in flight finish first
    server.close(() => {
      void app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((err) => {
  console.error(`baton web: ${(err as Error)?.message ?? err}`);
  process.exit(1);
});
