"use client";
// A page's own queries failed. Production builds hide server error messages from the browser, so
// whether the database is the cause is asked of /api/health (503 = database unavailable).
import { useEffect, useState } from "react";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";

export default function DashboardError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [databaseDown, setDatabaseDown] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/health", { cache: "no-store" })
      .then((r) => live && setDatabaseDown(r.status === 503))
      .catch(() => live && setDatabaseDown(false));
    return () => void (live = false);
  }, []);
  if (databaseDown) return <DatabaseUnavailable onRetry={reset} />;
  return (
    <div className="panel mx-auto mt-10 max-w-xl p-8">
      <h1 className="text-lg font-semibold">{databaseDown === null ? "Loading…" : "Something went wrong"}</h1>
      {databaseDown === false && <p className="mt-2 text-sm text-muted">This view could not be rendered. The details are in the server log.</p>}
      <button className="btn mt-4" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
