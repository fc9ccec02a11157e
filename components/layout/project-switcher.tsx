"use client";
import { useTransition } from "react";
import { switchProjectAction } from "@/app/(dashboard)/actions";

export function ProjectSwitcher({ projectId, projects }: { projectId: string; projects: Array<{ id: string; name: string }> }) {
  const [pending, start] = useTransition();
  return (
    <select
      aria-label="Project"
      className="input w-auto py-1"
      value={projectId}
      disabled={pending}
      onChange={(e) => start(() => switchProjectAction(e.target.value))}
    >
      {projects.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
}
