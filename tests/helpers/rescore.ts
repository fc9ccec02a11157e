// Runs the real `npm run rescore` script (scripts/rescore.ts) against the test database.
import { spawn } from "node:child_process";
import { ROOT } from "../../lib/runtime/processes";

export function rescore(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const proc = spawn(process.execPath, ["--import", "tsx", "scripts/rescore.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  proc.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve) => proc.on("exit", (code) => resolve({ code, stderr })));
}
