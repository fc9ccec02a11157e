// The worker's node flags and MALLOC_ARENA_MAX are written in three places: WORKER_NODE_FLAGS /
// WORKER_MALLOC_ARENA_MAX (startWorker: npm start, the tests, the bench), package.json's `worker`
// script and docker-compose.yml's worker command. A heap cap changed in one of them alone would
// leave a deployment measured under one budget and run under another (SPEC §7: < 300 MB RSS).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, WORKER_MALLOC_ARENA_MAX, WORKER_NODE_FLAGS } from "./processes";

/** The node flags, the MALLOC_ARENA_MAX default and the script of a shell command line that starts the worker. */
function workerCommandLine(line: string): { flags: string[]; arenaDefault: string | null; script: string | null } {
  const m = /(?:^|&&|;)\s*(MALLOC_ARENA_MAX=\S+\s+)?node\s+((?:--\S+\s+)*)(\S+\.m?[jt]s)/.exec(line);
  if (!m) return { flags: [], arenaDefault: null, script: null };
  // `MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}` (docker-compose doubles the `$`): a value already set wins, else 2
  const arena = m[1] ? /:-([^}]+)\}/.exec(m[1])?.[1] ?? null : null;
  return { flags: m[2].trim().split(/\s+/).filter(Boolean), arenaDefault: arena, script: m[3] };
}

const WORKER_SCRIPT = "lib/runtime/worker-launch.mjs";

describe("the worker's node flags are the same everywhere it is started", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const compose = fs.readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8");
  const composeCommand = /^\s{2}worker:\n(?:\s{4}.*\n)*?\s{4}command:\s*\[(.*)\]\s*$/m.exec(compose)?.[1];

  it("package.json's worker script", () => {
    expect(workerCommandLine(pkg.scripts.worker)).toEqual({ flags: WORKER_NODE_FLAGS, arenaDefault: WORKER_MALLOC_ARENA_MAX, script: WORKER_SCRIPT });
  });

  it("docker-compose.yml's worker command", () => {
    expect(composeCommand, "docker-compose.yml has a worker service with a command").toBeTruthy();
    const shell = (JSON.parse(`[${composeCommand}]`) as string[]).at(-1)!;
    expect(workerCommandLine(shell)).toEqual({ flags: WORKER_NODE_FLAGS, arenaDefault: WORKER_MALLOC_ARENA_MAX, script: WORKER_SCRIPT });
  });

  it("a flag missing, changed or added, or another arena default, is told apart (near misses)", () => {
    const same = `MALLOC_ARENA_MAX=\${MALLOC_ARENA_MAX:-${WORKER_MALLOC_ARENA_MAX}} node ${WORKER_NODE_FLAGS.join(" ")} ${WORKER_SCRIPT}`;
    expect(workerCommandLine(same)).toEqual({ flags: WORKER_NODE_FLAGS, arenaDefault: WORKER_MALLOC_ARENA_MAX, script: WORKER_SCRIPT });
    expect(workerCommandLine(same.replace(/--max-old-space-size=\d+/, "--max-old-space-size=192")).flags).not.toEqual(WORKER_NODE_FLAGS);
    expect(workerCommandLine(same.replace(` ${WORKER_NODE_FLAGS[1]}`, "")).flags).not.toEqual(WORKER_NODE_FLAGS);
    expect(workerCommandLine(same.replace(WORKER_SCRIPT, `--expose-gc ${WORKER_SCRIPT}`)).flags).not.toEqual(WORKER_NODE_FLAGS);
    expect(workerCommandLine(same.replace(":-2}", ":-8}")).arenaDefault).not.toBe(WORKER_MALLOC_ARENA_MAX);
    expect(workerCommandLine(same.replace(/^MALLOC_ARENA_MAX=\S+ /, "")).arenaDefault).toBeNull();
  });
});
