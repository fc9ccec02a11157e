// Email + password login (scrypt-verified) and logout: the domain verbs behind the login form.
import { pool } from "../db/pool";
import { verifyPassword } from "./passwords";
import { createSession, deleteSession } from "./sessions";

/** A session token for valid credentials, or null (the same answer for unknown email and bad password). */
export async function logIn({ email, password }: { email: string; password: string }) {
  const { rows } = await pool().query<{ id: string; password_hash: string }>(
    `SELECT id, password_hash FROM users WHERE email = $1`,
    [email.trim().toLowerCase()],
  );
  const user = rows[0];
  // Verify against a dummy hash when the user does not exist so timing does not reveal emails.
  const ok = await verifyPassword(password, user?.password_hash ?? DUMMY);
  if (!user || !ok) return null;
  return createSession(user.id);
}

export const logOut = (token: string) => deleteSession(token);

const DUMMY = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
