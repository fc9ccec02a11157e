// Loads a backup (format.ts) into a database: migrates it to this Baton's schema, refuses one that
// already holds data unless `force` (then empties it first), inserts every table in one
// transaction (all or nothing), moves serial sequences past the restored ids, and queues scoring
// for conversations whose events were not scored yet (the job queue itself is not backed up).
import fs from "node:fs";
import readline from "node:readline";
import zlib from "node:zlib";
import pg from "pg";
import { migrate, readMigrations } from "../db/migrate";
import { ConflictError, ValidationError } from "../errors";
import { enqueueScoring } from "../ingest/ingest-events";
import { FORMAT, quoteIdent, TABLES_SQL, type Header } from "./format";

const BATCH = 500;

export async function restoreDatabase({ url, file, force = false }: { url: string; file: string; force?: boolean }): Promise<Record<string, number>> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const it = lines[Symbol.asyncIterator]();
  const first = await it.next();
  const header = (first.done ? null : JSON.parse(first.value)) as Header | null;
  if (header?.format !== FORMAT) throw new ValidationError(`${file} is not a Baton backup`);
  const known = new Set(readMigrations().map((m) => m.name));
  const unknown = header.migrations.filter((m) => !known.has(m));
  if (unknown.length) throw new ValidationError(`the backup comes from a newer Baton (migrations ${unknown.join(", ")}); restore it with that version`);
  await migrate(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN");
    const tables = (await client.query<{ name: string }>(TABLES_SQL)).rows.map((r) => r.name);
    const nonEmpty = [];
    for (const t of tables) if ((await client.query(`SELECT 1 FROM ${quoteIdent(t)} LIMIT 1`)).rowCount) nonEmpty.push(t);
    if (nonEmpty.length && !force)
      throw new ConflictError(`the target database is not empty (${nonEmpty.join(", ")}): restore into a fresh data dir, or pass --force to replace its data`);
    if (nonEmpty.length) await client.query(`TRUNCATE ${tables.map(quoteIdent).join(", ")} CASCADE`);
    let table = "";
    let batch: string[] = [];
    const flush = async () => {
      if (!batch.length) return;
      // json_populate_recordset maps by column name, so a column added by a later migration keeps its default
      await client.query(`INSERT INTO ${quoteIdent(table)} SELECT * FROM json_populate_recordset(NULL::${quoteIdent(table)}, $1::json)`, [
        `[${batch.join(",")}]`,
      ]);
      counts[table] = (counts[table] ?? 0) + batch.length;
      batch = [];
    };
    for (let next = await it.next(); !next.done; next = await it.next()) {
      const line = next.value;
      if (!line) continue;
      if (!table) {
        table = (JSON.parse(line) as { table: string }).table;
        if (!tables.includes(table)) throw new ValidationError(`the backup has a table this Baton does not know: ${table}`);
        counts[table] = 0;
        continue;
      }
      if (line.startsWith(`{"end":`)) {
        await flush();
        const end = JSON.parse(line) as { end: string; rows: number };
        if (end.rows !== counts[table]) throw new ValidationError(`${table}: ${counts[table]} rows read, the backup says ${end.rows} (truncated file?)`);
        table = "";
        continue;
      }
      batch.push(line);
      if (batch.length >= BATCH) await flush();
    }
    if (table) throw new ValidationError(`the backup ends inside table ${table} (truncated file?)`);
    await resetSequences(client);
    await queueUnscored(client);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
  return counts;
}

async function resetSequences(client: pg.Client) {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
  );
  for (const r of rows)
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quoteIdent(r.column_name)}) FROM ${quoteIdent(r.table_name)}), 1),
                     (SELECT count(*) > 0 FROM ${quoteIdent(r.table_name)}))`,
      [r.table_name, r.column_name],
    );
}

/** Conversations with an event newer than their scoring (or never scored) get a scoring job. */
async function queueUnscored(client: pg.Client) {
  const { rows } = await client.query<{ project_id: string; ids: string[] }>(
    `SELECT e.project_id, array_agg(DISTINCT e.conversation_id) AS ids
       FROM events e LEFT JOIN conversations c ON c.project_id = e.project_id AND c.id = e.conversation_id
      WHERE c.scored_at IS NULL OR e.received_at > c.scored_at
      GROUP BY e.project_id`,
  );
  for (const r of rows) await enqueueScoring(client, r.project_id, r.ids, 0);
}
