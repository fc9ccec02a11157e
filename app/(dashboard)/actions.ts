"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { PROJECT_COOKIE } from "@/lib/auth/sessions";
import { requireViewer } from "@/lib/dashboard/session";

export async function switchProjectAction(projectId: string): Promise<void> {
  const v = await requireViewer();
  if (!v.projects.some((p) => p.id === projectId)) return;
  (await cookies()).set(PROJECT_COOKIE, projectId, { httpOnly: true, sameSite: "lax", path: "/" });
  redirect("/");
}
