import { offlineAssess } from "../lib/scoring/judge-offline";
import { isClean, loadCorpus } from "../lib/scoring/eval";
import { driftCorpora } from "../tests/fixtures/corpora";
const prose = (v: unknown, out: string[]) => {
  if (typeof v === "string") { if (/^[^\d]*$/.test(v) && v.trim().split(/\s+/).length >= 2) out.push(v); }
  else if (Array.isArray(v)) v.forEach((x) => prose(x, out));
  else if (v && typeof v === "object") Object.values(v).forEach((x) => prose(x, out));
  return out;
};
const tally: Record<string, number[]> = {};
for (const c of driftCorpora(process.argv.slice(2))) {
  for (const { name, fixture, events } of loadCorpus(c.dir)) {
    const label = fixture.labels.drift ? "drift" : isClean(fixture) ? "clean" : "other";
    const first = events.find((e: any) => e.type === "message" && e.role === "user") as any;
    if (!first) continue;
    const vals = events.flatMap((e: any) => (e.type === "handoff" && e.payload ? prose(e.payload, []) : []));
    const t = (tally[`${c.name} ${label}`] ??= [0, 0, 0]);
    t[0]++;
    if (!vals.length) continue;
    t[1]++;
    const departs = vals.filter((v) => { const a = offlineAssess(first.content, v, { fromIntentEvent: true }); return a.score !== null && a.score < 0.5; });
    if (departs.length) { t[2]++; if (process.argv.includes("--show")) console.log(label, c.name, name, JSON.stringify(departs).slice(0, 150)); }
  }
}
for (const [k, v] of Object.entries(tally)) if (v[1]) console.log(k.padEnd(22), "n", v[0], "with prose payload", v[1], "a value departing", v[2]);
