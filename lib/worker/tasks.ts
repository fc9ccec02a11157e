// Every background task the worker runs, by name, and the periodic ones (crontab syntax of
// graphile-worker). Features add their tasks here.
import type { TaskList } from "graphile-worker";
import { CONTRACT_DRIFT_TASK, contractDriftTask } from "../contracts/drift-job";
import { SCORE_TASK } from "../ingest/ingest-events";
import { DELIVER_TASK, deliverWebhookTask, EVALUATE_TASK, evaluateAlertsTask } from "../alerts/jobs";
import { RESCORE_PROJECT_TASK } from "../projects/manage";
import { rescoreProjectTask } from "./jobs/rescore-project";
import { PRUNE_STAGED_TASK, pruneStagedSpansTask } from "./jobs/prune-staged-spans";
import { applyRetentionTask, RETENTION_TASK } from "../retention/apply-retention";
import { scoreConversationTask } from "./jobs/score-conversation";

export const taskList: TaskList = {
  [SCORE_TASK]: scoreConversationTask,
  [RESCORE_PROJECT_TASK]: rescoreProjectTask,
  [EVALUATE_TASK]: evaluateAlertsTask,
  [DELIVER_TASK]: deliverWebhookTask,
  [PRUNE_STAGED_TASK]: pruneStagedSpansTask,
  [CONTRACT_DRIFT_TASK]: contractDriftTask,
  [RETENTION_TASK]: applyRetentionTask,
};

/** graphile-worker crontab lines (one per periodic task). */
export const crontab: string[] = [`17 * * * * ${PRUNE_STAGED_TASK}`, `41 * * * * ${CONTRACT_DRIFT_TASK}`, `29 * * * * ${RETENTION_TASK}`];
