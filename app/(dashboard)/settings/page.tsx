import { revokeKeyAction } from "./actions";
import { ErasureLog } from "./erasure-log";
import { CreateKeyForm, ProjectForms, RescoreButton, ScoringForm } from "./forms";
import { PrivacyForm } from "./privacy-panel";
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
      <section className="panel space-y-4 p-5" aria-label="API keys">
        <div>
          <h2 className="font-medium">API keys</h2>
          <p className="text-xs text-muted">For ingest (Authorization: Bearer …) and the read API. Only a hash is stored; a secret is shown once, when created.</p>
        </div>
        {editor && <CreateKeyForm />}
        <table className="w-full text-sm">
          <thead className="text-xs text-muted">
            <tr>
              <th className="py-1 text-left font-normal">name</th>
              <th className="text-left font-normal">key</th>
              <th className="text-left font-normal">created</th>
              <th className="text-left font-normal">last used</th>
              <th className="num font-normal">accepted</th>
              <th className="num font-normal">duplicates</th>
              <th className="num font-normal">rejected</th>
              <th className="num font-normal">throttled</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id} className={`border-t border-border ${k.revokedAt ? "text-muted line-through" : ""}`}>
                <td className="py-1.5">{k.name}</td>
                <td className="font-mono text-xs">{k.prefix}…</td>
                <td className="text-xs">{formatAgo(k.createdAt)}</td>
                <td className="text-xs">{k.lastUsedAt ? formatAgo(k.lastUsedAt) : "never"}</td>
                <td className="num">{k.counters.accepted.toLocaleString("en-US")}</td>
                <td className="num">{k.counters.duplicates.toLocaleString("en-US")}</td>
                <td className="num">{k.counters.rejected.toLocaleString("en-US")}</td>
                <td className="num">{k.counters.throttled.toLocaleString("en-US")}</td>
                <td className="text-right">
                  {k.revokedAt ? (
                    <span className="text-xs no-underline">revoked</span>
                  ) : !editor ? null : (
                    <form action={revokeKeyAction}>
                      <input type="hidden" name="keyId" value={k.id} />
                      <button className="btn text-dropout" aria-label={`Revoke ${k.name}`}>Revoke</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
