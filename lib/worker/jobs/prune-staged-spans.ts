// Hourly: drop raw framework spans/runs (integration_spans) not touched for
// BATON_STAGED_SPAN_RETENTION_DAYS. Their events are already stored; a span resent after that is
// staged again and its events are duplicates (same ids), so nothing is lost or doubled.
import type { Task } from "graphile-worker";
import { pool } from "../../db/pool";
import { env } from "../../env";

export const PRUNE_STAGED_TASK = "prune_staged_spans";

export async function pruneStagedSpans(retentionDays = env().BATON_STAGED_SPAN_RETENTION_DAYS): Promise<number> {
  const res = await pool().query(`DELETE FROM integration_spans WHERE received_at < now() - make_interval(secs => $1::double precision * 86400)`, [
    retentionDays,
  ]);
  return res.rowCount ?? 0;
}

export const pruneStagedSpansTask: Task = async () => {
  await pruneStagedSpans();
};
