"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { logIn, logOut } from "@/lib/auth/login";
import { sameOriginPath } from "@/lib/auth/next-path";
import { SESSION_COOKIE } from "@/lib/auth/sessions";
import { cookieOptions } from "@/lib/dashboard/session";
import { isDatabaseUnavailable, RateLimitedError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";

const Credentials = z.object({ email: z.string().trim().email("enter an email address"), password: z.string().min(1, "enter your password").max(1024, "at most 1024 characters") });

export async function loginAction(_prev: { error?: string }, form: FormData): Promise<{ error?: string }> {
  const parsed = Credentials.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  let session: Awaited<ReturnType<typeof logIn>>;
  try {
    session = await logIn({ ...parsed.data, ip: clientIp(await headers()) });
  } catch (err) {
    if (err instanceof RateLimitedError) return { error: `Too many attempts, try again in ${err.headers["Retry-After"]} s.` };
    // The login page sits under no dashboard layout: a database outage is a form message here, not a 500.
    if (isDatabaseUnavailable(err)) return { error: "The database is unavailable right now; try again in a moment." };
    throw err;
  }
  if (!session) return { error: "Wrong email or password." };
  (await cookies()).set(SESSION_COOKIE, session.token, await cookieOptions(session.expiresAt));
  redirect(sameOriginPath(form.get("next")));
}

export async function logoutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await logOut(token);
  jar.delete(SESSION_COOKIE);
  redirect("/login");
}
