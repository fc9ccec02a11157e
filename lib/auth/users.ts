// User accounts: generated one-time passwords, changing your own password, and the operator's
// reset (npm run user -- reset-password). A changed or reset password ends the user's other
// sessions, so a leaked password stops working everywhere at once.
import crypto from "node:crypto";
import { db } from "../db/client";
import { NotFoundError, ValidationError } from "../errors";
import { newId } from "./keys";
import { hashPassword, verifyPassword } from "./passwords";
import { accountKey, claimLoginAttempt, releaseLoginAttempt } from "./throttle";

export const MIN_PASSWORD = 10;

/** 16 random characters (96 bits): shown once to whoever creates or resets the account. */
export const generatePassword = () => crypto.randomBytes(12).toString("base64url");

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function getUserIdByEmail(email: string): Promise<string | null> {
  const u = await db().user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true } });
  return u?.id ?? null;
}

export async function createUser({ email, password }: { email: string; password: string }): Promise<string> {
  const id = newId("usr");
  await db().user.create({ data: { id, email: normalizeEmail(email), name: "", passwordHash: await hashPassword(password) } });
  return id;
}

async function setPassword(userId: string, password: string, keepSession?: string) {
  const hash = await hashPassword(password);
  await db().$transaction([
    db().user.update({ where: { id: userId }, data: { passwordHash: hash } }),
    db().session.deleteMany({ where: { userId, ...(keepSession ? { id: { not: keepSession } } : {}) } }),
  ]);
}

/**
 * Changes the user's own password after checking the current one; other sessions end. Checking
 * the current password counts as a login attempt (throttled the same way), so a stolen session
 * cannot be used to guess it.
 */
export async function changePassword({ userId, email, ip, current, next, sessionId }: { userId: string; email: string; ip: string; current: string; next: string; sessionId: string }) {
  if (next.length < MIN_PASSWORD) throw new ValidationError(`the new password needs at least ${MIN_PASSWORD} characters`, [{ path: "next", message: "too short" }]);
  await claimLoginAttempt({ email, ip });
  const user = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(current, user.passwordHash))) {
    throw new ValidationError("the current password is wrong", [{ path: "current", message: "wrong password" }]);
  }
  await setPassword(userId, next, sessionId);
  await releaseLoginAttempt({ email, ip });
}

/** Gives the user a new generated password (returned once) and ends all their sessions and lockouts. */
export async function resetPassword({ email }: { email: string }): Promise<string> {
  const userId = await getUserIdByEmail(email);
  if (!userId) throw new NotFoundError(`no user with email ${normalizeEmail(email)}`);
  const password = generatePassword();
  await setPassword(userId, password);
  await db().loginThrottle.deleteMany({ where: { key: accountKey(email) } });
  return password;
}
