// Every background task the worker runs, by name, and the periodic ones (crontab syntax of
// graphile-worker). Features add their tasks here.
import type { TaskList } from "graphile-worker";
import { SCORE_TASK } from "../ingest/ingest-events";
import { scoreConversationTask } from "./jobs/score-conversation";

export const taskList: TaskList = {
  [SCORE_TASK]: scoreConversationTask,
};

/** graphile-worker crontab lines (one per periodic task). */
export const crontab: string[] = [];
