"use server";
import { redirect } from "next/navigation";
import { requireViewer, setProjectCookie } from "@/lib/dashboard/session";

export async function switchProjectAction(projectId: string): Promise<void> {
  const v = await requireViewer();
  if (!v.projects.some((p) => p.id === projectId)) return;
  await setProjectCookie(projectId);
  redirect("/");
}
