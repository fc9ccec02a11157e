import { ApiKeysTable } from "./api-keys-table";
import { ErasureLog } from "./erasure-log";
import { CreateKeyForm, ProjectForms, RescoreButton, ScoringForm } from "./forms";
import { PrivacyForm } from "./privacy-panel";
import { ReviewAccuracyPanel } from "./review-accuracy";
import { UsersPanel } from "./users-panel";
import { canEditProject } from "@/lib/auth/permissions";
import { formatAgo } from "@/lib/dashboard/format";
import { env } from "@/lib/env";
import { requireViewer } from "@/lib/dashboard/session";
import { getProjectSettings, getRescoreProgress, listApiKeys } from "@/lib/projects/manage";

export const metadata = { title: "Settings · Baton" };

export default async function SettingsPage() {
  const v = await requireViewer();
  const [settings, keys, rescore] = await Promise.all([getProjectSettings(v.projectId), listApiKeys(v.projectId), getRescoreProgress(v.projectId)]);
  const project = v.projects.find((p) => p.id === v.projectId)!;
  const editor = canEditProject(v.role);
  const e = env();
  // Shown to every member: the operator's URL without any credentials in it (user:pass@, ?key=).
  const judgeAt = e.BATON_JUDGE_URL && new URL(e.BATON_JUDGE_URL);
  const envJudge = judgeAt && e.BATON_JUDGE_MODEL ? `${e.BATON_JUDGE_MODEL} at ${judgeAt.origin}${judgeAt.pathname}` : null;
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Settings</h1>
      <section className="panel space-y-3 p-5" aria-label="Project">
        <h2 className="font-medium">Project <span className="font-mono text-xs text-muted">{project.id}</span></h2>
        {editor ? <ProjectForms name={project.name} /> : <p className="text-sm text-muted">You are a viewer here: you can read everything in this project but change nothing.</p>}
      </section>
      <UsersPanel viewer={v} />
      <section className="panel min-w-0 space-y-4 p-5" aria-label="API keys">
        <div>
          <h2 className="font-medium">API keys</h2>
          <p className="text-xs text-muted">For ingest (Authorization: Bearer …) and the read API. Only a hash is stored; a secret is shown once, when created.</p>
        </div>
        {editor && <CreateKeyForm />}
        <ApiKeysTable keys={keys} editor={editor} />
      </section>
      <section className="panel space-y-4 p-5" aria-label="Scoring">
        <div>
          <h2 className="font-medium">Scoring</h2>
          <p className="text-xs text-muted">Thresholds apply to conversations scored from now on; rescore to apply them to history.</p>
        </div>
        {editor && <ScoringForm settings={settings} envJudge={envJudge} />}
        <div className="flex flex-wrap items-center gap-4 border-t border-border pt-4">
          {editor && <RescoreButton />}
          {rescore && (
            <div className="text-sm" aria-label="Rescore progress">
              <div className="h-2 w-64 overflow-hidden rounded bg-bg">
                <div className="h-full bg-accent" style={{ width: `${rescore.total ? (100 * rescore.done) / rescore.total : 100}%` }} />
              </div>
              <span className="text-xs text-muted">
                {rescore.done.toLocaleString("en-US")} / {rescore.total.toLocaleString("en-US")} rescored since {formatAgo(rescore.requestedAt)} (reload to refresh)
              </span>
            </div>
          )}
        </div>
      </section>
      <ReviewAccuracyPanel projectId={v.projectId} />
      <section className="panel space-y-4 p-5" aria-label="Privacy and retention">
        <div>
          <h2 className="font-medium">Privacy and retention</h2>
          <p className="text-xs text-muted">
            Retention: {settings.eventRetentionDays} days of conversations, {settings.rollupRetentionDays} days of trend rollups. PII redaction
            at ingest: {settings.redaction.mode}
            {settings.redaction.keys.length ? ` (and keys ${settings.redaction.keys.join(", ")})` : ""}.
          </p>
        </div>
        {editor && <PrivacyForm settings={settings} hashKeySet={!!e.BATON_REDACTION_KEY} />}
      </section>
      <ErasureLog projectId={v.projectId} />
    </div>
  );
}
