// `npm run rescore`: rescoring stored conversations in place, resuming where a previous run stopped
// (SPEC §3 settings changes; issue 4 item 5). Runs the real script against the test database.
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { rescore } from "../helpers/rescore";
import { createTestProject, postEvents, rollups, waitScored } from "../helpers/api";
import { dropoutConversation } from "../helpers/conversations";


const state = async (projectId: string) =>
  (
    await pool().query(
      `SELECT id, flags, scores IS NOT NULL AS scored FROM conversations WHERE project_id = $1 ORDER BY id`,
      [projectId],
    )
  ).rows;

describe("npm run rescore", () => {
  it("rescores in place, continues from saved progress, and leaves rollups exact", async () => {
    const p = await createTestProject();
    const ids = ["rs-a", "rs-b", "rs-c"];
    await postEvents(p.key, { events: ids.flatMap((id) => dropoutConversation(id)) });
    for (const id of ids) await waitScored(p.key, id, 4);
    const before = await rollups(p.projectId);
    const scored = await state(p.projectId);
    expect(scored.every((r) => r.scored && r.flags.includes("dropout"))).toBe(true);

    // derived rows gone stale (as after a threshold change), and a previous run that stopped after rs-a
    await pool().query(`UPDATE conversations SET flags = '{}', scores = NULL WHERE project_id = $1`, [p.projectId]);
    await pool().query(`INSERT INTO baton_rescore_progress (project_id, since, last_id) VALUES ($1, to_timestamp(0), 'rs-a')`, [
      p.projectId,
    ]);
    const run = await rescore(["--project", p.projectId]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`rescore ${p.projectId}`);
    expect(run.stderr).toContain("3/3");
    expect(await state(p.projectId)).toEqual([
      { id: "rs-a", flags: [], scored: false }, // done by the earlier run, not repeated
      { id: "rs-b", flags: scored[1].flags, scored: true },
      { id: "rs-c", flags: scored[2].flags, scored: true },
    ]);
    expect(await rollups(p.projectId)).toEqual(before);
    const left = await pool().query(`SELECT 1 FROM baton_rescore_progress WHERE project_id = $1`, [p.projectId]);
    expect(left.rowCount).toBe(0);

    // --restart starts over
    expect((await rescore(["--project", p.projectId, "--restart"])).code).toBe(0);
    expect((await state(p.projectId))[0]).toEqual({ id: "rs-a", flags: scored[0].flags, scored: true });
  });
});
