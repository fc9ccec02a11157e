// A project vocabulary (settings.vocabulary, issue 12 item 3) changes re-ask results once
// `npm run rescore` has run: the real script, against the test database, over a conversation the
// worker first scored with the built-in vocabulary only.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { getProjectSettings, updateProjectSettings } from "../../lib/projects/manage";
import { ProjectSettings } from "../../lib/projects/settings";
import { rescore } from "../helpers/rescore";
import { createTestProject, postEvents, waitScored } from "../helpers/api";


/** A warranty desk asks again for a "warranty code": a noun no built-in slot knows. */
function warrantyConversation(conversationId: string, startMs = Date.now() - 120_000) {
  const t = (s: number) => new Date(startMs + s * 1000).toISOString();
  const id = (n: number) => `${conversationId}-${n}-${crypto.randomBytes(2).toString("hex")}`;
  return [
    { id: id(1), conversationId, timestamp: t(0), type: "message", role: "user", content: "My dishwasher leaks. The warranty code is WX-77120." },
    { id: id(2), conversationId, timestamp: t(3), type: "handoff", from: "triage", to: "warranty", summary: "Leaking dishwasher under warranty" },
    { id: id(3), conversationId, timestamp: t(5), type: "message", role: "agent", agent: "warranty", content: "Happy to help. Please give me the warranty code." },
  ];
}

const reaskOf = async (projectId: string, id: string) =>
  (await pool().query(`SELECT flags, scores->>'reaskCount' AS n FROM conversations WHERE project_id = $1 AND id = $2`, [projectId, id])).rows[0];

describe("project vocabulary", () => {
  it("a slot added in settings turns a request for it into a re-ask after npm run rescore", async () => {
    const p = await createTestProject();
    await postEvents(p.key, { events: warrantyConversation("voc-a") });
    await waitScored(p.key, "voc-a", 3);
    expect(await reaskOf(p.projectId, "voc-a")).toMatchObject({ n: "0" });

    const settings = await getProjectSettings(p.projectId);
    await updateProjectSettings({
      projectId: p.projectId,
      settings: { ...settings, vocabulary: [{ name: "warranty_code", keys: ["warrantyCode"], nouns: ["warranty code"] }] } as ProjectSettings,
    });
    const run = await rescore(["--project", p.projectId]);
    expect(run.code).toBe(0);
    const after = await reaskOf(p.projectId, "voc-a");
    expect(after.n).toBe("1");
    expect(after.flags).toContain("reask");
    const h = await pool().query(`SELECT reasks FROM handoffs WHERE project_id = $1 AND conversation_id = 'voc-a'`, [p.projectId]);
    expect(h.rows[0].reasks).toEqual([expect.objectContaining({ field: "warranty_code" })]);
  });

  it("rejects a vocabulary pattern that does not compile or nests quantifiers, naming the path", () => {
    const bad = ProjectSettings.safeParse({ vocabulary: [{ name: "x_code", pattern: "(" }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(["vocabulary", 0, "pattern"]);
    expect(ProjectSettings.safeParse({ vocabulary: [{ name: "x_code", pattern: "(a+)+" }] }).success).toBe(false);
    expect(ProjectSettings.safeParse({ vocabulary: [{ name: "x_code", pattern: "XC-\\d{4}" }] }).success).toBe(true);
  });
});
