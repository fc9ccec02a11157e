// Login throttling (issue 11 item 14), per account and per client address, in PostgreSQL so it
// holds across web processes. Each attempt first *claims* a slot with one atomic upsert (so a
// parallel burst serializes on the row lock instead of racing past a read-then-write check):
// the claim is refused while the key is locked out; the claim that reaches the limit is still
// allowed but starts a lockout of BATON_LOGIN_LOCKOUT_SECONDS, doubling with every further
// attempt up to the window. A successful login clears its account and gives its address claim
// back, so only failures accumulate. Counts older than the window are forgotten.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
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

/** Counts an attempt for `key`; seconds to wait when the key is locked out, else 0. */
async function claim(key: string, l: ThrottleLimits): Promise<number> {
  const expired = Prisma.sql`t.window_start < now() - make_interval(secs => ${l.windowSeconds}::float8)`;
  const count = Prisma.sql`CASE WHEN ${expired} THEN 1 ELSE t.failures + 1 END`;
  // One atomic upsert (Prisma's upsert cannot compute the new count from the old row in one
  // statement): ON CONFLICT DO UPDATE sees the row as locked, so concurrent claims count one after another.
  const claimed = await db().$queryRaw<Array<{ failures: number }>>`
    INSERT INTO login_throttle AS t (key, failures, window_start, blocked_until)
    VALUES (${key}, 1, now(), CASE WHEN ${l.max}::int <= 1 THEN now() + make_interval(secs => ${l.lockoutSeconds}::float8) END)
    ON CONFLICT (key) DO UPDATE SET
      failures = ${count},
      window_start = CASE WHEN ${expired} THEN now() ELSE t.window_start END,
      blocked_until = CASE WHEN ${count} >= ${l.max}::int
                           THEN now() + make_interval(secs => least(${l.windowSeconds}::float8, ${l.lockoutSeconds}::float8 * power(2, ${count} - ${l.max}::int)))
                      END
    WHERE t.blocked_until IS NULL OR t.blocked_until <= now()
    RETURNING failures`;
  if (claimed.length) return 0;
  const row = await db().loginThrottle.findUnique({ where: { key }, select: { blockedUntil: true } });
  const s = row?.blockedUntil ? Math.max(0, (row.blockedUntil.getTime() - Date.now()) / 1000) : 1;
  return Math.max(1, Math.ceil(s));
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
  await db().loginThrottle.deleteMany({ where: { key: accountKey(email) } });
  await db().loginThrottle.updateMany({ where: { key: ipKey(ip), failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
  // Keys of unknown emails accumulate otherwise; forgetting expired ones here is enough.
  const now = new Date();
  await db().loginThrottle.deleteMany({
    where: {
      windowStart: { lt: new Date(now.getTime() - loginLimits().account.windowSeconds * 1000) },
      OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }],
    },
  });
}
