// `npm run rescore -- [--project P] [--since DATE]`: re-scores stored conversations (after a
// threshold or tracked-field change) in place, with a progress bar. Resumable: progress is kept in
// baton_rescore_progress (project, since → last conversation id done), so a second run after
// Ctrl-C continues where the first stopped; `--restart` starts over.
import { db } from "../lib/db/client";
import { closePool, usePoolProfile } from "../lib/db/pool";
import { migrate } from "../lib/db/migrate";
import { env } from "../lib/env";
import { scoreConversations } from "../lib/scoring/persist";
import { nextRescoreBatch, rescoreProgress } from "../lib/scoring/rescore";
import { arg } from "./args";
import { progressBar } from "./progress";

const BATCH = 200;

async function main() {
  usePoolProfile("bulk"); // long statements on purpose: no request-sized statement timeout
  const url = env().DATABASE_URL;
  if (!url) throw new Error("set DATABASE_URL to the database to rescore");
  await migrate(url);
  const since = arg("since") ? new Date(arg("since")!) : new Date(0);
  if (Number.isNaN(since.getTime())) throw new Error(`--since "${arg("since")}" is not a date`);
  const projects = arg("project") ? [arg("project")!] : (await db().project.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((p) => p.id);
  let interrupted = false;
  process.on("SIGINT", () => (interrupted = true));
  for (const projectId of projects) {
    const key = { projectId_since: { projectId, since } };
    if (process.argv.includes("--restart")) await db().rescoreProgress.deleteMany({ where: { projectId, since } });
    const saved = await db().rescoreProgress.findUnique({ where: key });
    const position = { projectId, since, after: saved?.lastId ?? "" };
    const { total, done } = await rescoreProgress(position);
    const bar = progressBar(`rescore ${projectId}`, total);
    bar.tick(done);
    while (!interrupted) {
      const ids = await nextRescoreBatch(position, BATCH);
      if (!ids.length) break;
      const outcome = await scoreConversations({ projectId, conversationIds: ids });
      for (const [id, r] of outcome) if ("error" in r) throw new Error(`conversation ${id}: ${r.error.message}`);
      bar.tick(ids.length);
      position.after = ids[ids.length - 1];
      const lastId = position.after;
      await db().rescoreProgress.upsert({ where: key, create: { projectId, since, lastId }, update: { lastId, updatedAt: new Date() } });
    }
    if (interrupted) {
      console.error(`\nrescore: stopped; run the same command again to continue from ${position.after}`);
      break;
    }
    bar.done();
    await db().rescoreProgress.deleteMany({ where: { projectId, since } });
  }
  await closePool();
}

main().catch(async (err) => {
  console.error(`rescore: ${(err as Error).message}`);
  await closePool().catch(() => {});
  process.exit(1);
});
