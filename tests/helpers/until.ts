// Polls until `probe` returns something truthy, and fails with what it waited for at the deadline
// (never falls through): the one polling loop the API and e2e tests share. A probe that throws
// counts as "not yet" (a server restarting, a row not there).
export async function until<T>(what: string, probe: () => T | Promise<T | null | undefined | false> | null | undefined | false, timeoutMs = 30_000, everyMs = 150): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const out = await Promise.resolve().then(probe).catch(() => undefined);
    if (out) return out;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
