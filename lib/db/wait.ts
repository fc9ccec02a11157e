// Riding out a database outage: retry an operation while the database is unavailable, with
// exponential backoff (0.5 s doubling to 10 s) and one log line when the wait starts and one when
// it ends — not one per attempt. Any other error is thrown at once.
import { isDatabaseUnavailable } from "../errors";

export const backoffMs = (attempt: number, baseMs = 500, maxMs = 10_000) => Math.min(maxMs, baseMs * 2 ** attempt);

export async function retryWhileUnavailable<T>(what: string, fn: () => Promise<T>, log: (line: string) => void = console.warn): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const out = await fn();
      if (attempt > 0) log(`database is back (${what})`);
      return out;
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      if (attempt === 0) log(`database unavailable while ${what} (${(err as Error).message}); retrying with backoff`);
      await new Promise((r) => setTimeout(r, backoffMs(attempt)));
    }
  }
}
