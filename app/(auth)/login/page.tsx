import { redirect } from "next/navigation";
import { sameOriginPath } from "@/lib/auth/next-path";
import { getViewer } from "@/lib/dashboard/session";
import { LoginForm } from "./login-form";

export const metadata = { title: "Sign in · Baton" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  if (await getViewer()) redirect("/");
  const { next } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-border bg-panel p-8 shadow-sm">
        <div className="mb-6">
          <div className="text-xl font-semibold tracking-tight">Baton</div>
          <p className="mt-1 text-sm text-muted">Handoff monitoring for multi-agent systems</p>
        </div>
        <LoginForm next={sameOriginPath(next)} />
        <p className="mt-6 text-xs text-muted">
          The first admin login is printed once by <code>npm start</code> (or set with BATON_ADMIN_EMAIL / BATON_ADMIN_PASSWORD).
        </p>
      </div>
    </main>
  );
}
