// lib/db/client.ts's per-query settings on a real PostgreSQL: Prisma's statements are named (parsed
// once per connection), each execution still gets a plan made with its values (pool.ts's
// plan_cache_mode), raw pool() SQL stays unnamed, and a failing query keeps its code and
// PostgreSQL's message under errorFormat "minimal". (What "minimal" saves, a stack capture per call,
// is a cost, not a behaviour: scripts/bench-prisma.ts measures it.)
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { pool } from "../../lib/db/pool";
import { createTestProject } from "../helpers/api";

type Prepared = { name: string; statement: string; generic_plans: bigint; custom_plans: bigint };

describe("Prisma's statements (lib/db/client.ts)", () => {
  it("a repeated $queryRaw and model read are named statements, each execution custom-planned", async () => {
    const { projectId } = await createTestProject();
    // one transaction = one connection, so its prepared statements are all visible to the last read
    const prepared = await db().$transaction(async (tx) => {
      for (let i = 0; i < 8; i++) {
        const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM projects WHERE id = ${projectId} AND ${i}::int >= 0`;
        expect(rows).toEqual([{ id: projectId }]);
        expect((await tx.project.findUnique({ where: { id: projectId }, select: { id: true } }))?.id).toBe(projectId);
      }
      return tx.$queryRaw<Prepared[]>`SELECT name, statement, generic_plans, custom_plans FROM pg_prepared_statements`;
    });
    const raw = prepared.find((p) => p.statement.includes("AND $2::int >= 0"));
    const model = prepared.find((p) => p.statement.includes('FROM "public"."projects"'));
    for (const p of [raw, model]) {
      expect(p?.name).toMatch(/^prisma_\d+$/);
      expect(p?.custom_plans).toBeGreaterThanOrEqual(8n);
      expect(p?.generic_plans).toBe(0n); // past 5 executions PostgreSQL's default would try a generic plan
    }
  });

  it("near miss: the raw pool's parameterised SQL is not a named statement", async () => {
    const client = await pool().connect();
    try {
      for (let i = 0; i < 3; i++) await client.query(`SELECT $1::int + 40 AS n`, [i]);
      const { rows } = await client.query(`SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%+ 40 AS n%'`);
      expect(rows).toEqual([]);
    } finally {
      client.release();
    }
  });

  it("a failing query keeps its code and PostgreSQL's code and message under errorFormat minimal", async () => {
    const err = await db()
      .$queryRaw`SELECT 1 / ${0}::int`.then(
        () => null,
        (e: unknown) => e as { code?: string; message: string },
      );
    expect(err?.code).toBe("P2010");
    expect(err?.message).toMatch(/22012.*division by zero/);
    // near miss: the same query without the division by zero answers
    expect(await db().$queryRaw`SELECT 1 / ${1}::int AS n`).toEqual([{ n: 1 }]);
  });

  it("a statement that fails to parse is not remembered as prepared: it fails the same way again", async () => {
    for (let i = 0; i < 2; i++) {
      await expect(db().$queryRawUnsafe(`SELEC 1 WHERE $1::int = 1`, 1)).rejects.toThrow(/syntax error/);
    }
    expect(await db().$queryRawUnsafe(`SELECT $1::int AS n`, 7)).toEqual([{ n: 7 }]);
  });
});
