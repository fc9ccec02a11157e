// Hourly: drop raw framework spans/runs (integration_spans) not touched for
// BATON_STAGED_SPAN_RETENTION_DAYS. Their events are already stored; a span resent after that is
// staged again and its events are duplicates (same ids), so nothing is lost or doubled.
import type { Task } from "graphile-worker";
import { db } from "../../db/client";
import { env } from "../../env";

export const PRUNE_STAGED_TASK = "prune_staged_spans";

export async function pruneStagedSpans(retentionDays = env().BATON_STAGED_SPAN_RETENTION_DAYS): Promise<number> {
  // $executeRaw: the cutoff is the database's now() (the model API would send the web host's clock)
  return db().$executeRaw`DELETE FROM integration_spans WHERE received_at < now() - make_interval(secs => ${retentionDays}::double precision * 86400)`;
}

export const pruneStagedSpansTask: Task = async () => {
  await pruneStagedSpans();
};
