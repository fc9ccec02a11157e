// Email + password login (scrypt-verified, throttled per account and address) and logout: the
// domain verbs behind the login form and POST /api/v1/login.
// Raw SQL on the shared pool: the login path stays on the pool: tests/api/login-throttle.test.ts's lockout case took 9 s this way vs 28–33 s with Prisma here (a fresh web process's first login 8.4 s, past the 2 s lockout; loaded 2-core box, 2026-11-28).
import { pool } from "../db/pool";
import { verifyPassword } from "./passwords";
import { createSession, deleteSession } from "./sessions";
import { claimLoginAttempt, releaseLoginAttempt } from "./throttle";

/**
 * A session token for valid credentials, or null (the same answer for unknown email and bad
 * password). Throws RateLimitedError (429, Retry-After) while the account or address is locked out.
 */
export async function logIn({ email, password, ip }: { email: string; password: string; ip: string }) {
  await claimLoginAttempt({ email, ip });
  const { rows } = await pool().query<{ id: string; password_hash: string }>(
    `SELECT id, password_hash FROM users WHERE email = $1`,
    [email.trim().toLowerCase()],
  );
  const user = rows[0];
  // Verify against a dummy hash when the user does not exist so timing does not reveal emails.
  const ok = await verifyPassword(password, user?.password_hash ?? DUMMY);
  if (!user || !ok) return null;
  await releaseLoginAttempt({ email, ip });
  return createSession(user.id);
}

export const logOut = (token: string) => deleteSession(token);

const DUMMY = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
