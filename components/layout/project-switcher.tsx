"use client";
import { useTransition } from "react";

/** `switchProject` is a server action the page tree passes down (components never import from app/). */
export function ProjectSwitcher({
  projectId,
  projects,
  switchProject,
}: {
  projectId: string;
  projects: Array<{ id: string; name: string }>;
  switchProject: (projectId: string) => Promise<void>;
}) {
  const [pending, start] = useTransition();
  return (
    <select
      aria-label="Project"
      className="input w-auto py-1"
      value={projectId}
      disabled={pending}
      onChange={(e) => start(() => switchProject(e.target.value))}
    >
      {projects.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
}
