// `npm run rescore -- [--project P] [--since DATE]`: re-scores stored conversations (after a
// threshold or tracked-field change) in place, with a progress bar. Resumable: progress is kept in
// baton_rescore_progress (project, since → last conversation id done), so a second run after
// Ctrl-C continues where the first stopped; `--restart` starts over.
import { pool, closePool, usePoolProfile } from "../lib/db/pool";
import { migrate } from "../lib/db/migrate";
import { env } from "../lib/env";
import { scoreConversations } from "../lib/scoring/persist";
import { arg } from "./args";
import { progressBar } from "./progress";

const BATCH = 200;

async function main() {
  usePoolProfile("bulk"); // long statements on purpose: no request-sized statement timeout
  const url = env().DATABASE_URL;
  if (!url) throw new Error("set DATABASE_URL to the database to rescore");
  await migrate(url);
  const db = pool();
  const since = arg("since") ? new Date(arg("since")!) : new Date(0);
  if (Number.isNaN(since.getTime())) throw new Error(`--since "${arg("since")}" is not a date`);
  const projects = arg("project") ? [arg("project")!] : (await db.query(`SELECT id FROM projects ORDER BY id`)).rows.map((r) => r.id as string);
  let interrupted = false;
  process.on("SIGINT", () => (interrupted = true));
  for (const projectId of projects) {
    if (process.argv.includes("--restart")) await db.query(`DELETE FROM baton_rescore_progress WHERE project_id = $1 AND since = $2`, [projectId, since]);
    const saved = await db.query(`SELECT last_id FROM baton_rescore_progress WHERE project_id = $1 AND since = $2`, [projectId, since]);
    let after: string = saved.rows[0]?.last_id ?? "";
    const total = (await db.query(`SELECT count(DISTINCT conversation_id)::int AS n FROM events WHERE project_id = $1 AND ts >= $2`, [projectId, since])).rows[0].n;
    const done = after ? (await db.query(`SELECT count(DISTINCT conversation_id)::int AS n FROM events WHERE project_id = $1 AND ts >= $2 AND conversation_id <= $3`, [projectId, since, after])).rows[0].n : 0;
    const bar = progressBar(`rescore ${projectId}`, total);
    bar.tick(done);
    while (!interrupted) {
      const { rows } = await db.query(
        `SELECT DISTINCT conversation_id FROM events WHERE project_id = $1 AND ts >= $2 AND conversation_id > $3
          ORDER BY conversation_id LIMIT $4`,
        [projectId, since, after, BATCH],
      );
      if (!rows.length) break;
      const outcome = await scoreConversations({ projectId, conversationIds: rows.map((r) => r.conversation_id as string) });
      for (const [id, r] of outcome) if ("error" in r) throw new Error(`conversation ${id}: ${r.error.message}`);
      bar.tick(rows.length);
      after = rows[rows.length - 1].conversation_id;
      await db.query(
        `INSERT INTO baton_rescore_progress (project_id, since, last_id) VALUES ($1, $2, $3)
         ON CONFLICT (project_id, since) DO UPDATE SET last_id = EXCLUDED.last_id, updated_at = now()`,
        [projectId, since, after],
      );
    }
    if (interrupted) {
      console.error(`\nrescore: stopped; run the same command again to continue from ${after}`);
      break;
    }
    bar.done();
    await db.query(`DELETE FROM baton_rescore_progress WHERE project_id = $1 AND since = $2`, [projectId, since]);
  }
  await closePool();
}

main().catch(async (err) => {
  console.error(`rescore: ${(err as Error).message}`);
  await closePool().catch(() => {});
  process.exit(1);
});
