// Job: fan a whole-project rescore out into per-conversation scoring jobs, in batches, so a
// million conversations never sit in one transaction or one request.
import type { Task } from "graphile-worker";
import { z } from "zod";
import { pool } from "../../db/pool";
import { enqueueScoring } from "../../ingest/ingest-events";

const Payload = z.object({ projectId: z.string().min(1) });
const BATCH = 2000;

export const rescoreProjectTask: Task = async (payload) => {
  const { projectId } = Payload.parse(payload);
  let after = "";
  for (;;) {
    const { rows } = await pool().query<{ id: string }>(
      `SELECT id FROM conversations WHERE project_id = $1 AND id > $2 ORDER BY id LIMIT $3`,
      [projectId, after, BATCH],
    );
    if (!rows.length) return;
    await enqueueScoring(pool(), projectId, rows.map((r) => r.id), 0);
    after = rows[rows.length - 1].id;
  }
};
