// Which database `npm run backup` / `npm run restore` talk to: DATABASE_URL when set; otherwise
// the embedded server of BATON_DATA_DIR — the running one (port read from its postmaster.pid, as
// `npm start` left it) or, when Baton is stopped, one started here for the duration.
import fs from "node:fs";
import path from "node:path";
import { runningServerUrl, startEmbeddedPostgres } from "../db/embedded";
import { env } from "../env";
import { ROOT } from "../runtime/processes";

export interface Target {
  url: string;
  /** what to print ("DATABASE_URL", "the embedded database in .data") */
  label: string;
  close(): Promise<void>;
}

/** The port of a PostgreSQL running on dataDir, or null (postmaster.pid line 4, process alive). */
export function runningPort(dataDir: string): number | null {
  try {
    const lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    process.kill(Number(lines[0]), 0);
    return Number(lines[3]) || null;
  } catch {
    return null;
  }
}

export async function connectTarget(opts: { dataDir?: string } = {}): Promise<Target> {
  const url = env().DATABASE_URL;
  if (url && !opts.dataDir) return { url, label: "DATABASE_URL", close: async () => {} };
  const dataDir = path.resolve(ROOT, opts.dataDir ?? env().BATON_DATA_DIR);
  const label = `the embedded database in ${dataDir}`;
  const port = runningPort(dataDir);
  if (port) return { url: runningServerUrl(dataDir, port), label, close: async () => {} };
  const db = await startEmbeddedPostgres({ dataDir });
  return { url: db.url, label, close: () => db.stop() };
}
