// The SQL migrations are the database's source of truth and schema.prisma is what Prisma
// believes; this test migrates a real database and checks that both describe the same columns.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { ROOT } from "../../lib/runtime/processes";

const SCALARS: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Boolean: "boolean",
  Json: "jsonb",
  DateTime: "timestamp with time zone",
};

interface Column {
  table: string;
  column: string;
  type: string;
  nullable: boolean;
}

/** Reads models from schema.prisma: scalar fields only (relations have no column). */
function prismaColumns(schema: string): Column[] {
  const out: Column[] = [];
  for (const m of schema.matchAll(/model\s+(\w+)\s*\{([\s\S]*?)\n\}/g)) {
    const body = m[2];
    const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? m[1];
    for (const line of body.split("\n")) {
      const f = /^\s*(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
      if (!f || line.trim().startsWith("//") || line.trim().startsWith("@@")) continue;
      const [, name, type, list, optional, rest] = f;
      if (!SCALARS[type]) continue;
      out.push({
        table,
        column: /@map\("([^"]+)"\)/.exec(rest)?.[1] ?? name,
        type: list ? `${SCALARS[type]}[]` : SCALARS[type],
        nullable: !!optional,
      });
    }
  }
  return out;
}

describe("schema.prisma and the SQL migrations", () => {
  it("describe the same tables, columns, types and nullability", async () => {
    const expected = prismaColumns(fs.readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8"));
    const tables = [...new Set(expected.map((c) => c.table))];
    const { rows } = await pool().query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'baton_migrations'`,
    );
    const actual: Column[] = rows.map((r) => ({
      table: r.table_name,
      column: r.column_name,
      type: r.data_type === "ARRAY" ? `${SCALARS[r.udt_name === "_text" ? "String" : "?"] ?? r.udt_name}[]` : r.data_type,
      nullable: r.is_nullable === "YES",
    }));
    const key = (c: Column) => `${c.table}.${c.column}`;
    const sort = (cs: Column[]) => [...cs].sort((a, b) => key(a).localeCompare(key(b)));
    expect(tables.length).toBeGreaterThanOrEqual(12);
    expect(sort(actual)).toEqual(sort(expected));
  });

  it("key every tenant table by project_id first", async () => {
    const { rows } = await pool().query(`
      SELECT t.relname AS table, a.attname AS first
        FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
        JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE i.indisprimary AND n.nspname = 'public'
         AND t.relname NOT IN ('projects', 'users', 'sessions', 'login_throttle', 'baton_migrations')`);
    for (const r of rows) expect(`${r.table}: ${r.first}`).toBe(`${r.table}: project_id`);
  });
});
