// Email + password login (scrypt-verified, throttled per account and address) and logout: the
// domain verbs behind the login form and POST /api/v1/login.
import { db } from "../db/client";
import { normalizeEmail } from "./users";
import { verifyPassword } from "./passwords";
import { createSession, deleteSession } from "./sessions";
import { claimLoginAttempt, releaseLoginAttempt } from "./throttle";

/**
 * A session token for valid credentials, or null (the same answer for unknown email and bad
 * password). Throws RateLimitedError (429, Retry-After) while the account or address is locked out.
 */
export async function logIn({ email, password, ip }: { email: string; password: string; ip: string }) {
  await claimLoginAttempt({ email, ip });
  const user = await db().user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true, passwordHash: true } });
  // Verify against a dummy hash when the user does not exist so timing does not reveal emails.
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY);
  if (!user || !ok) return null;
  await releaseLoginAttempt({ email, ip });
  return createSession(user.id);
}

export const logOut = (token: string) => deleteSession(token);

const DUMMY = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
