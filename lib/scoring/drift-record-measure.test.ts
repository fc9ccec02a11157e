// The committed drift record (drift-record.json) is what the scorers give today on the held-out corpora:
// a change that moves any rule's record fails here until the file is regenerated. Counts only: a failure
// shows the two records (per rule flagged/right), never a conversation. Skipped in a checkout that lacks a
// held-out corpus the file was measured on (the figures could not be reproduced there).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { heldOutCorpora } from "../../tests/fixtures/corpora";
import { DriftRecord } from "./drift-record";
import { DRIFT_RECORD_COMMAND, DRIFT_RECORD_FILE, formatDriftRecord, measureDriftRecord } from "./drift-record-measure";

const committed = fs.readFileSync(path.join(import.meta.dirname, "drift-record.json"), "utf8");
const present = heldOutCorpora();
const missing = DriftRecord.parse(JSON.parse(committed)).corpora.filter((name) => !present.some((c) => c.name === name));

describe("drift record of the held-out corpora", () => {
  it.skipIf(missing.length > 0)("the committed file is what the scorers give now", async () => {
    const now = formatDriftRecord(await measureDriftRecord(present));
    expect(committed, `${DRIFT_RECORD_FILE} is out of date: run \`${DRIFT_RECORD_COMMAND}\` and commit it`).toBe(now);
  }, 120_000); // ~17 s alone on the 2-core box (1,170 conversations)
});
