// `npm run citus`: distributes a migrated Baton schema on a Citus coordinator (docs/scale-out.md).
// Idempotent: creates the extension when missing, then runs lib/db/citus.ts's statements for the
// tables Citus does not hold yet — run it after `npm run migrate`, and again after an upgrade that
// adds tables. Refuses on a server without the citus extension available. Not run in CI (no Citus
// here); tests/api/citus-ready.test.ts checks the schema and queries against the same plan.
import { citusStatements, listPublicTables } from "../lib/db/citus";
import { closePool, pool } from "../lib/db/pool";

async function main() {
  const db = pool();
  const available = await db.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'citus'`);
  if (!available.rowCount) throw new Error("this PostgreSQL has no citus extension (use the citusdata/citus image)");
  await db.query(`CREATE EXTENSION IF NOT EXISTS citus`);
  const tables = await listPublicTables(db);
  const done = await db.query<{ name: string }>(`SELECT logicalrelid::regclass::text AS name FROM pg_dist_partition`);
  const statements = citusStatements(tables, new Set(done.rows.map((r) => r.name)));
  for (const sql of statements) {
    console.log(`baton: ${sql}`);
    await db.query(sql);
  }
  console.log(statements.length ? `baton: ${statements.length} table(s) distributed` : "baton: every table is already distributed");
  await closePool();
}

main().catch((err) => {
  console.error(`baton: ${(err as Error).message}`);
  process.exit(1);
});
