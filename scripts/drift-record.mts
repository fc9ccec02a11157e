// Writes lib/scoring/drift-record.json, each intent-drift rule's record on the held-out corpora (flags
// raised, flags labelled drift; lib/scoring/drift-record.ts), and prints the same aggregate counts — never
// a conversation's name or text, so it may run on corpora nobody may read. Run it after any change to the
// scorers that moves a record (drift-record-measure.test.ts fails until then):
//   npx tsx scripts/drift-record.mts [--check]
// --check: write nothing, exit 1 when the committed file differs from what the scorers give now.
import fs from "node:fs";
import path from "node:path";
import { DRIFT_RECORD_COMMAND, DRIFT_RECORD_FILE, formatDriftRecord, measureDriftRecord } from "../lib/scoring/drift-record-measure";
import { heldOutCorpora } from "../tests/fixtures/corpora";

const corpora = heldOutCorpora();
const record = await measureDriftRecord(corpora);
const file = path.join(process.cwd(), DRIFT_RECORD_FILE);
const text = formatDriftRecord(record);
const before = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";

const flagged = Object.values(record.rules).reduce((n, r) => n + r.flagged, 0);
const right = Object.values(record.rules).reduce((n, r) => n + r.right, 0);
console.log(`${record.corpora.length} held-out corpora, ${record.conversations} conversations, ${record.labelledDrift} labelled drift; ${flagged} drift flags, ${right} right`);
console.log(`${"rule (intentPath)".padEnd(30)} flagged  right  share right`);
for (const [rule, r] of Object.entries(record.rules)) {
  console.log(`${rule.padEnd(30)} ${String(r.flagged).padStart(7)} ${String(r.right).padStart(6)}  ${`${Math.round((100 * r.right) / r.flagged)} %`.padStart(11)}`);
}
if (process.argv.includes("--check")) {
  console.log(before === text ? `${DRIFT_RECORD_FILE} is up to date` : `${DRIFT_RECORD_FILE} differs: run ${DRIFT_RECORD_COMMAND}`);
  process.exit(before === text ? 0 : 1);
}
fs.writeFileSync(file, text);
console.log(before === text ? `${DRIFT_RECORD_FILE} unchanged` : `wrote ${DRIFT_RECORD_FILE}`);
