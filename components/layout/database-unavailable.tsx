// The panel every dashboard page shows while PostgreSQL cannot be reached (SPEC §8: an error
// state, not a crash). Rendered by the dashboard layout when its own session lookup finds the
// database down, and by the dashboard's error boundary when a page's queries do.
export function DatabaseUnavailable({ onRetry }: { onRetry?: () => void }) {
  return (
    <div className="panel mx-auto mt-10 max-w-xl p-8" data-testid="database-unavailable">
      <h1 className="text-lg font-semibold">The database is unavailable</h1>
      <p className="mt-2 text-sm text-muted">
        Baton cannot reach PostgreSQL right now. Ingest answers 503 meanwhile; nothing acknowledged is lost. This page
        recovers once the database is back.
      </p>
      {onRetry ? (
        <button className="btn mt-4" onClick={onRetry}>
          Try again
        </button>
      ) : (
        <a className="btn mt-4 inline-block" href="">
          Try again
        </a>
      )}
    </div>
  );
}
