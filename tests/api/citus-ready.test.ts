// Citus-ready, checked (issue 17 §5): the migrated schema and every SQL string in lib/ hold the
// rules of docs/scale-out.md — every tenant table has project_id in its primary key, its unique
// constraints and its foreign keys to other tenant tables; no reference table points at a tenant
// table; joins between tenant tables equate project_id; and the doc's distribution statements name
// every table exactly once. This does not run Citus (none here); it checks what Citus requires.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DISTRIBUTION_COLUMN, joinProblems, listPublicTables, LOCAL_TABLES, REFERENCE_TABLES } from "../../lib/db/citus";
import { pool } from "../../lib/db/pool";
import { ROOT } from "../../lib/runtime/processes";

const reference = new Set<string>(REFERENCE_TABLES);
const local = new Set<string>(LOCAL_TABLES);

async function publicTables(): Promise<string[]> {
  return (await listPublicTables(pool())).filter((t) => !local.has(t));
}

/** Primary keys, unique indexes and foreign keys, with their column names in order. */
async function constraints() {
  const { rows } = await pool().query<{ table: string; kind: string; name: string; columns: string[]; target: string | null; targetColumns: string[] | null }>(
    `SELECT t.relname AS "table", 'unique' AS kind, i.relname AS name,
            array(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(att, ord) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.att ORDER BY k.ord)::text[] AS columns,
            NULL AS target, NULL::text[] AS "targetColumns"
       FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND x.indisunique
     UNION ALL
     SELECT t.relname, 'foreign', f.conname,
            array(SELECT a.attname FROM unnest(f.conkey) WITH ORDINALITY k(att, ord) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.att ORDER BY k.ord)::text[],
            r.relname,
            array(SELECT a.attname FROM unnest(f.confkey) WITH ORDINALITY k(att, ord) JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = k.att ORDER BY k.ord)::text[]
       FROM pg_constraint f JOIN pg_class t ON t.oid = f.conrelid JOIN pg_class r ON r.oid = f.confrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND f.contype = 'f'`,
  );
  return rows;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "generated" && e.name !== "node_modules") out.push(...sourceFiles(p));
    } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

describe("Citus-ready schema and queries", () => {
  it("every table is either a reference table or a tenant table with project_id", async () => {
    const tables = await publicTables();
    expect(tables.length).toBeGreaterThan(10);
    const { rows } = await pool().query<{ table: string }>(
      `SELECT table_name AS "table" FROM information_schema.columns WHERE table_schema = 'public' AND column_name = $1`,
      [DISTRIBUTION_COLUMN],
    );
    const withProject = new Set(rows.map((r) => r.table));
    const problems = tables.filter((t) => !reference.has(t) && !withProject.has(t)).map((t) => `${t}: tenant table without ${DISTRIBUTION_COLUMN}`);
    expect(problems).toEqual([]);
    // every name in REFERENCE_TABLES exists (a renamed table must be renamed here too)
    expect([...reference].filter((t) => !tables.includes(t))).toEqual([]);
  });

  it("keys, unique constraints and foreign keys of tenant tables include project_id", async () => {
    const problems: string[] = [];
    for (const c of await constraints()) {
    if (local.has(c.table)) continue;
      if (reference.has(c.table)) {
        if (c.kind === "foreign" && !reference.has(c.target!)) problems.push(`${c.table}.${c.name}: a reference table cannot point at tenant table ${c.target}`);
        continue;
      }
      if (!c.columns.includes(DISTRIBUTION_COLUMN)) problems.push(`${c.table}.${c.name}: ${c.kind} (${c.columns.join(", ")}) lacks ${DISTRIBUTION_COLUMN}`);
      else if (c.kind === "foreign" && !reference.has(c.target!)) {
        const at = c.columns.indexOf(DISTRIBUTION_COLUMN);
        if (c.targetColumns![at] !== DISTRIBUTION_COLUMN) problems.push(`${c.table}.${c.name}: ${DISTRIBUTION_COLUMN} does not reference ${c.target}.${DISTRIBUTION_COLUMN}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("no query in lib/ joins two tenant tables without equating project_id", async () => {
    const tables = await publicTables();
    const distributed = new Set(tables.filter((t) => !reference.has(t)));
    const problems: string[] = [];
    const files = sourceFiles(path.join(ROOT, "lib"));
    let strings = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/`([^`]*)`/g)) {
        if (!/\b(SELECT|UPDATE|DELETE|INSERT)\b/.test(m[1])) continue;
        strings++;
        for (const p of joinProblems(m[1], distributed)) problems.push(`${path.relative(ROOT, file)}: ${p}`);
      }
    }
    expect(strings).toBeGreaterThan(50); // the scan saw the queries
    expect(problems).toEqual([]);
  });

  it("docs/scale-out.md distributes every tenant table and replicates every reference table, once each", async () => {
    const doc = fs.readFileSync(path.join(ROOT, "docs/scale-out.md"), "utf8");
    const ref = [...doc.matchAll(/create_reference_table\('(\w+)'\)/g)].map((m) => m[1]);
    const dist = [...doc.matchAll(/create_distributed_table\('(\w+)', '(\w+)'/g)].map((m) => ({ table: m[1], column: m[2] }));
    const tables = await publicTables();
    expect([...ref].sort()).toEqual([...reference].sort());
    expect(dist.map((d) => d.table).sort()).toEqual(tables.filter((t) => !reference.has(t)).sort());
    expect(dist.every((d) => d.column === DISTRIBUTION_COLUMN)).toBe(true);
  });
});
