"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { logIn, logOut } from "@/lib/auth/login";
import { SESSION_COOKIE } from "@/lib/auth/sessions";
import { isHttps } from "@/lib/dashboard/session";
import { isDatabaseUnavailable } from "@/lib/errors";

const Credentials = z.object({ email: z.string().trim().email("enter an email address"), password: z.string().min(1, "enter your password") });

export async function loginAction(_prev: { error?: string }, form: FormData): Promise<{ error?: string }> {
  const parsed = Credentials.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  // The login page sits under no dashboard layout: a database outage is a form message here, not a 500.
  const session = await logIn(parsed.data).catch((err: unknown) => {
    if (isDatabaseUnavailable(err)) return "unavailable" as const;
    throw err;
  });
  if (session === "unavailable") return { error: "The database is unavailable right now; try again in a moment." };
  if (!session) return { error: "Wrong email or password." };
  (await cookies()).set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
    expires: session.expiresAt,
  });
  const next = String(form.get("next") ?? "/");
  redirect(next.startsWith("/") && !next.startsWith("//") ? next : "/");
}

export async function logoutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await logOut(token);
  jar.delete(SESSION_COOKIE);
  redirect("/login");
}
