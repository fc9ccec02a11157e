// What one intent-judge rule decides on development text: every (user message, later agent text —
// a reply, a handoff summary or an intent event) pair of every development corpus (never a held-out
// one) and of any --dir given, judged offline with the rule on and off; prints the pairs whose
// antonym verdict the rule makes (docs/evaluation.md, antonym16: a new opposite must not turn a
// paraphrase into drift). Usage:
//   npx tsx scripts/rule-pairs.mts --rule phrasalVerbs [--dir /work/wt/dev-m1 --dir …]
import fs from "node:fs";
import path from "node:path";
import { tuneDrift, type DriftRule } from "../lib/scoring/drift-tuning";
import { offlineAssess } from "../lib/scoring/judge-offline";
import { CORPORA, isHeldOut } from "../tests/fixtures/corpora";

const args = process.argv.slice(2);
const rule = args[args.indexOf("--rule") + 1] as DriftRule;
if (!args.includes("--rule") || !rule) throw new Error("--rule <name> is required");
const extra = args.flatMap((a, i) => (a === "--dir" ? [args[i + 1]] : []));
const dirs = [...CORPORA.filter((c) => !isHeldOut(c) && fs.existsSync(c.dir)).map((c) => c.dir), ...extra];

interface Event { type: string; role?: string; content?: string; summary?: string; intent?: string }
const agentText = (e: Event) => (e.type === "message" && e.role === "agent" ? e.content : e.type === "handoff" ? e.summary : e.type === "intent" ? e.intent : undefined);
const antonym = (ask: string, text: string) => {
  const v = offlineAssess(ask, text);
  return "driftKind" in v && v.driftKind === "antonym" ? v.reason : null;
};

let pairs = 0;
const made: string[] = [];
for (const dir of dirs) for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const conversation = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as { labels?: { drift?: boolean }; events?: Event[] };
  const events = conversation.events ?? [];
  events.forEach((u, i) => {
    if (u.type !== "message" || u.role !== "user" || !u.content) return;
    for (const e of events.slice(i + 1)) {
      const text = agentText(e);
      if (!text) continue;
      pairs++;
      tuneDrift();
      const on = antonym(u.content, text);
      if (!on) continue;
      tuneDrift({}, [rule]);
      if (!antonym(u.content, text)) made.push(`${conversation.labels?.drift ? "drift" : "no drift"} ${file}: ${on}`);
    }
  });
}
tuneDrift();
console.log(`${pairs} pairs; the rule ${rule} makes ${made.length} antonym verdicts`);
for (const m of made) console.log(`  ${m}`);
