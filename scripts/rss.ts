// Resident memory of processes, read from /proc (Linux): the bench's and profile-worker.ts's measure of
// SPEC §7's "worker memory < 300 MB RSS", which bounds each worker process.
import fs from "node:fs";

/** Resident memory of a process in bytes; 0 once it is gone (or off Linux). */
export function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Peak resident memory of each of several processes and of their sum, sampled together. */
export class RssPeaks {
  readonly each: number[];
  total = 0;
  constructor(private readonly pids: number[]) {
    this.each = pids.map(() => 0);
  }
  sample(): void {
    const now = this.pids.map(rssBytes);
    now.forEach((b, i) => (this.each[i] = Math.max(this.each[i], b)));
    this.total = Math.max(this.total, now.reduce((a, b) => a + b, 0));
  }
  /** the largest single process's peak (the figure SPEC §7 bounds) */
  get max(): number {
    return Math.max(0, ...this.each);
  }
}
