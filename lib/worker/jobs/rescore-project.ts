// Job: fan a whole-project rescore out into per-conversation scoring jobs, in batches, so a
// million conversations never sit in one transaction or one request. Which conversations: the
// same rule as `npm run rescore` (lib/scoring/rescore.ts), from the epoch.
import type { Task } from "graphile-worker";
import { z } from "zod";
import { pool } from "../../db/pool";
import { enqueueScoring } from "../../ingest/ingest-events";
import { nextRescoreBatch } from "../../scoring/rescore";

const Payload = z.object({ projectId: z.string().min(1) });
const BATCH = 2000;

export const rescoreProjectTask: Task = async (payload) => {
  const { projectId } = Payload.parse(payload);
  const position = { projectId, since: new Date(0), after: "" };
  for (;;) {
    const ids = await nextRescoreBatch(position, BATCH);
    if (!ids.length) return;
    // the queue mark is ingest's own add_jobs statement on the pool (hot write path, lib/ingest/ingest-events.ts: 3,080 vs 218 events/s through Prisma)
    await enqueueScoring(pool(), projectId, ids, 0);
    position.after = ids[ids.length - 1];
  }
};
