// Job: (re)score one conversation. One graphile job per conversation keeps what the queue gives us
// per conversation — the debounce (job key), retries with backoff, a failed state with its error,
// recovery after kill -9 — while the scoring itself is group-committed: the jobs that are running
// at the same moment (the worker pulls them from its local queue in batches) are gathered for a
// couple of milliseconds and scored in one transaction per project (scoreConversations). Each job's
// promise settles with its own conversation's outcome, so one failing conversation fails (and
// retries) alone; a database error fails every job of that batch, and each retries on its own.
import type { Task } from "graphile-worker";
import { z } from "zod";
import { scoreConversations } from "../../scoring/persist";

const Payload = z.object({ projectId: z.string().min(1), conversationId: z.string().min(1) });

interface Waiter {
  conversationId: string;
  resolve: () => void;
  reject: (err: Error) => void;
}

/**
 * Gathers conversations per project and scores up to `maxBatch` of them per transaction, with at
 * most `maxInFlight` transactions at once (one in the database while the next one gathers).
 */
export class ScoreBatcher {
  private pending = new Map<string, Waiter[]>();
  private inFlight = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly score: typeof scoreConversations = scoreConversations,
    private readonly maxBatch = 64,
    private readonly maxInFlight = 2,
    private readonly gatherMs = 2,
  ) {}

  add(projectId: string, conversationId: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const list = this.pending.get(projectId) ?? [];
      if (!list.length) this.pending.set(projectId, list);
      list.push({ conversationId, resolve, reject });
      if (list.length >= this.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.gatherMs);
    });
  }

  private flush() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const [projectId, list] of this.pending) {
      while (list.length && this.inFlight < this.maxInFlight) void this.run(projectId, list.splice(0, this.maxBatch));
      if (!list.length) this.pending.delete(projectId);
    }
  }

  private async run(projectId: string, batch: Waiter[]) {
    this.inFlight++;
    try {
      const outcome = await this.score({ projectId, conversationIds: batch.map((w) => w.conversationId), keepAnalyses: false });
      for (const w of batch) {
        const r = outcome.get(w.conversationId);
        if (r && "error" in r) w.reject(r.error);
        else w.resolve();
      }
    } catch (err) {
      for (const w of batch) w.reject(err as Error);
    } finally {
      this.inFlight--;
      if (this.pending.size) this.flush();
    }
  }
}

const batcher = new ScoreBatcher();

export const scoreConversationTask: Task = async (payload, helpers) => {
  const { projectId, conversationId } = Payload.parse(payload);
  try {
    await batcher.add(projectId, conversationId);
  } catch (err) {
    helpers.logger.error(`scoring ${projectId}/${conversationId} failed: ${(err as Error).message}`);
    throw err;
  }
};
