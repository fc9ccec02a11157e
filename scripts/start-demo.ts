// The demo-data offer on first start: when the default project has no events, `BATON_DEMO=1`
// loads the demo, an interactive terminal is asked, and otherwise a hint is printed. A key named
// "demo" is kept for it (recorded in the runtime file so `npm run demo` works without flags).
import readline from "node:readline/promises";
import { authenticateKey, createApiKey } from "../lib/auth/keys";
import { pool } from "../lib/db/pool";
import { env, toolEnv } from "../lib/env";
import { writeRuntime, readRuntimeUnchecked } from "../lib/runtime/runtime-file";

async function demoKey(projectId: string): Promise<string> {
  const previous = readRuntimeUnchecked()?.demoKey;
  if (previous && (await authenticateKey(previous))?.projectId === projectId) return previous;
  return (await createApiKey({ projectId, name: "demo" })).secret;
}

export async function maybeLoadDemo({ baseUrl, projectId }: { baseUrl: string; projectId: string }): Promise<void> {
  const key = await demoKey(projectId);
  writeRuntime({ baseUrl, pid: process.pid, demoKey: key });
  const { rows } = await pool().query(`SELECT EXISTS (SELECT 1 FROM events WHERE project_id = $1) AS any`, [projectId]);
  if (rows[0].any) return;
  let load = env().BATON_DEMO === "1";
  if (!load && env().BATON_DEMO !== "0" && process.stdin.isTTY && !toolEnv().CI) {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question("The project is empty. Load demo data (~200 support conversations over the last 7 days)? [y/N] ");
    rl.close();
    load = /^y(es)?$/i.test(answer.trim());
  }
  if (!load) {
    console.log("baton: the project is empty — run `npm run demo` in another terminal to load demo data.\n");
    return;
  }
  const { loadDemo } = await import("./demo");
  const t0 = Date.now();
  const { conversations } = await loadDemo({ url: baseUrl, key });
  console.log(`baton: demo loaded (${conversations} conversations in ${((Date.now() - t0) / 1000).toFixed(0)} s); open ${baseUrl}\n`);
}
