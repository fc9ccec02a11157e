// The scale-out plan (docs/scale-out.md), as data a test can hold the schema and the queries to.
// On Citus every tenant table is distributed by project_id and co-located, so a project's rows
// live on one node and every key, unique constraint, foreign key and join between tenant tables
// must include project_id; the few small tables looked up without a project (users and sessions at
// login, API keys by hash on every ingest request, the projects list) are reference tables,
// copied to every node. graphile-worker's schema stays local to the coordinator.
// tests/api/citus-ready.test.ts introspects the migrated schema and scans lib/ against this;
// listPublicTables() is the one introspection that test and scripts/citus.ts share.
import type { Pool } from "pg";

/** Small tables replicated to every node: looked up without a project id, or joined by every tenant table. */
export const REFERENCE_TABLES = ["projects", "users", "sessions", "login_throttle", "api_keys", "project_members"] as const;

/** Schemas and tables that stay on the coordinator: the job queue (with its own locking) and the migrations ledger. */
export const LOCAL_SCHEMAS = ["graphile_worker"] as const;
export const LOCAL_TABLES = ["baton_migrations"] as const;

export const DISTRIBUTION_COLUMN = "project_id";

/** The ordinary and partitioned tables of the public schema (not the partitions themselves), by name. */
export async function listPublicTables(db: Pick<Pool, "query">): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/**
 * The statements that distribute a migrated schema (scripts/citus.ts runs them; docs/scale-out.md
 * lists them): reference tables first (tenant tables point at projects), then every other table of
 * `tables` distributed by project_id and co-located with events. `done` = tables Citus already holds.
 */
export function citusStatements(tables: string[], done: ReadonlySet<string> = new Set()): string[] {
  const local = new Set<string>(LOCAL_TABLES);
  const ref = REFERENCE_TABLES.filter((t) => tables.includes(t) && !done.has(t));
  const tenant = tables.filter((t) => !local.has(t) && !(REFERENCE_TABLES as readonly string[]).includes(t)).sort((a, b) => Number(b === "events") - Number(a === "events") || a.localeCompare(b));
  return [
    ...ref.map((t) => `SELECT create_reference_table('${t}');`),
    ...tenant
      .filter((t) => !done.has(t))
      .map((t) => (t === "events" ? `SELECT create_distributed_table('events', '${DISTRIBUTION_COLUMN}');` : `SELECT create_distributed_table('${t}', '${DISTRIBUTION_COLUMN}', colocate_with => 'events');`)),
  ];
}

const JOIN = /\bJOIN\s+(\w+)(?:\s+(?:AS\s+)?(?!ON\b|USING\b)(\w+))?\s+(ON|USING)\s+([\s\S]+?)(?=\s+(?:LEFT\s+|RIGHT\s+|INNER\s+|FULL\s+|CROSS\s+)?(?:OUTER\s+)?JOIN\b|\s+WHERE\b|\s+GROUP\s+BY\b|\s+ORDER\s+BY\b|\s+LIMIT\b|\s+HAVING\b|\s+RETURNING\b|\)|;|$)/gi;
const FROM = /\bFROM\s+(\w+)(?:\s+(?:AS\s+)?(?!JOIN\b|WHERE\b|LEFT\b|INNER\b|RIGHT\b|FULL\b|CROSS\b|ORDER\b|GROUP\b|LIMIT\b|ON\b)(\w+))?/gi;

/**
 * Joins between two distributed tables that do not equate their project_id (a static check over
 * one SQL string; a join with a reference table needs no project_id). Returns one line per problem.
 */
export function joinProblems(sql: string, distributed: ReadonlySet<string>): string[] {
  const text = sql.replace(/--[^\n]*/g, " ").replace(/\s+/g, " ");
  const aliases = new Map<string, string>(); // alias → table, for distributed tables seen so far
  for (const m of text.matchAll(FROM)) if (distributed.has(m[1].toLowerCase())) aliases.set((m[2] ?? m[1]).toLowerCase(), m[1].toLowerCase());
  const problems: string[] = [];
  for (const m of text.matchAll(JOIN)) {
    const table = m[1].toLowerCase();
    if (!distributed.has(table)) continue;
    const alias = (m[2] ?? m[1]).toLowerCase();
    const others = [...aliases.keys()].filter((a) => a !== alias);
    const cond = m[4].toLowerCase();
    const ok =
      others.length === 0 ||
      (m[3].toUpperCase() === "USING" ? /\bproject_id\b/.test(cond) : others.some((o) => equates(cond, alias, o)));
    if (!ok) problems.push(`JOIN ${table} ${alias} without ${alias}.project_id = <other>.project_id: ${m[0].trim().slice(0, 160)}`);
    aliases.set(alias, table);
  }
  return problems;
}

function equates(cond: string, a: string, b: string): boolean {
  const col = (x: string) => `${x}\\.${DISTRIBUTION_COLUMN}`;
  return new RegExp(`\\b${col(a)}\\s*=\\s*${col(b)}\\b|\\b${col(b)}\\s*=\\s*${col(a)}\\b`).test(cond);
}
