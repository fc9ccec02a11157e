// Writes a backup of every Baton table (format.ts) from one REPEATABLE READ snapshot, so the file
// is consistent even while ingest and the worker keep writing. Streams through a cursor: memory
// stays flat however large the tables are. Raw pg rather than Prisma: it is generic over tables.
import fs from "node:fs";
import { once } from "node:events";
import zlib from "node:zlib";
import pg from "pg";
import { FORMAT, foreignKeyOrder, quoteIdent, TABLES_SQL, VERSION, type Header } from "./format";

const FETCH = 2000;

export async function dumpDatabase({ url, file }: { url: string; file: string }): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const gz = zlib.createGzip();
  const out = fs.createWriteStream(file, { mode: 0o600 });
  gz.pipe(out);
  const write = async (line: string) => {
    if (!gz.write(line + "\n")) await once(gz, "drain");
  };
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = foreignKeyOrder((await client.query(TABLES_SQL)).rows);
    const migrations = (await client.query<{ name: string }>(`SELECT name FROM baton_migrations ORDER BY name`)).rows.map((r) => r.name);
    const header: Header = { format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), migrations, tables };
    await write(JSON.stringify(header));
    for (const table of tables) {
      const cols = await client.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
        [table],
      );
      await write(JSON.stringify({ table, columns: cols.rows.map((c) => c.column_name) }));
      await client.query(`DECLARE dump_cur NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${quoteIdent(table)} t`);
      let n = 0;
      for (;;) {
        const { rows } = await client.query<{ j: string }>(`FETCH ${FETCH} FROM dump_cur`);
        for (const r of rows) await write(r.j);
        n += rows.length;
        if (rows.length < FETCH) break;
      }
      await client.query(`CLOSE dump_cur`);
      await write(JSON.stringify({ end: table, rows: n }));
      counts[table] = n;
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
    gz.end();
    await once(out, "close");
  }
  return counts;
}
