"use client";

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const db = /ECONNREFUSED|database|connect|terminat/i.test(error.message);
  return (
    <div className="panel mx-auto mt-10 max-w-xl p-8">
      <h1 className="text-lg font-semibold">{db ? "The database is unavailable" : "Something went wrong"}</h1>
      <p className="mt-2 text-sm text-muted">
        {db
          ? "Baton cannot reach PostgreSQL right now. Ingest answers 503 meanwhile; nothing acknowledged is lost. This page recovers once the database is back."
          : "This view could not be rendered. The details are in the server log."}
      </p>
      <button className="btn mt-4" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
