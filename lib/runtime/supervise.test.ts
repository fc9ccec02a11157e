// The supervisor with real child processes: a child that crashes is restarted with growing
// backoff and one log line each time; a child that keeps running is left alone; stop() ends it
// and cancels a pending restart.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { wrap } from "./processes";
import { supervise, type Supervisor } from "./supervise";

let sup: Supervisor | undefined;
afterEach(async () => {
  await sup?.stop(1000);
  sup = undefined;
});

/** A node child that counts its runs in `file` and exits with `code` for the first `crashes` runs, then stays up. */
function flaky(file: string, crashes: number, code = 3) {
  const script = `const fs=require("fs");const n=Number(fs.existsSync(${JSON.stringify(file)})?fs.readFileSync(${JSON.stringify(file)},"utf8"):0)+1;
fs.writeFileSync(${JSON.stringify(file)},String(n));if(n<=${crashes})process.exit(${code});setInterval(()=>{},1000);`;
  return () => wrap("worker", spawn(process.execPath, ["-e", script], { stdio: "ignore" }));
}

async function until(what: string, ok: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const runs = (file: string) => Number(fs.existsSync(file) ? fs.readFileSync(file, "utf8") : 0);
const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "baton-sup-")), "runs");

describe("supervise", () => {
  it("restarts a crashing child with growing backoff, one line per crash, until it stays up", async () => {
    const file = tmp();
    const lines: string[] = [];
    const times: number[] = [];
    const start = flaky(file, 2);
    sup = supervise({ name: "worker", start: () => (times.push(Date.now()), start()), log: (l) => lines.push(l), baseDelayMs: 100 });
    await until("the third run", () => runs(file) === 3);
    expect(sup.restarts()).toBe(2);
    expect(lines).toEqual([
      "baton: the worker process exited with code 3; restarting it in 0.1 s",
      "baton: the worker process exited with code 3; restarting it in 0.2 s",
    ]);
    // the second wait is the doubled one
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(200);
    // the third run stays up: no further restart
    await new Promise((r) => setTimeout(r, 500));
    expect(sup.restarts()).toBe(2);
    expect(sup.current().proc.exitCode).toBeNull();
  });

  it("names the signal of a child killed with kill -9 and restarts it", async () => {
    const file = tmp();
    const lines: string[] = [];
    sup = supervise({ name: "web", start: flaky(file, 0), log: (l) => lines.push(l), baseDelayMs: 100 });
    await until("the first run", () => runs(file) === 1);
    const first = sup.current();
    first.proc.kill("SIGKILL");
    await until("a new child", () => runs(file) === 2);
    expect(sup.current()).not.toBe(first);
    expect(lines).toEqual(["baton: the web process was killed by SIGKILL; restarting it in 0.1 s"]);
  });

  it("near miss: stop() ends the child and cancels a pending restart", async () => {
    const file = tmp();
    const lines: string[] = [];
    sup = supervise({ name: "worker", start: flaky(file, 1), log: (l) => lines.push(l), baseDelayMs: 300 });
    await until("the crash line", () => lines.length === 1);
    await sup.stop(1000);
    await new Promise((r) => setTimeout(r, 600));
    expect(runs(file)).toBe(1);
    expect(sup.restarts()).toBe(0);
  });
});
