import { describe, expect, it } from "vitest";
import { citusStatements, joinProblems } from "./citus";

const distributed = new Set(["events", "conversations", "handoffs", "alert_rules", "alert_events"]);

describe("joinProblems (static check of joins between distributed tables)", () => {
  it("flags a join of two tenant tables on their ids only", () => {
    const sql = `SELECT e.id FROM events e JOIN conversations c ON c.id = e.conversation_id WHERE e.project_id = $1`;
    expect(joinProblems(sql, distributed)).toEqual([expect.stringContaining("JOIN conversations c without c.project_id")]);
  });
  it("near miss: the same join equating project_id passes, in either order, and with USING", () => {
    expect(joinProblems(`FROM events e LEFT JOIN conversations c ON c.project_id = e.project_id AND c.id = e.conversation_id`, distributed)).toEqual([]);
    expect(joinProblems(`FROM events e JOIN conversations c ON c.id = e.conversation_id AND e.project_id = c.project_id`, distributed)).toEqual([]);
    expect(joinProblems(`FROM events JOIN conversations USING (project_id, id)`, distributed)).toEqual([]);
  });
  it("a project_id compared with a parameter is not a co-located join", () => {
    const sql = `FROM alert_events e JOIN alert_rules r ON r.id = e.rule_id AND r.project_id = $1`;
    expect(joinProblems(sql, distributed)).toHaveLength(1);
  });
  it("joins with reference tables need no project_id; a chain is checked link by link", () => {
    expect(joinProblems(`FROM sessions s JOIN users u ON u.id = s.user_id`, distributed)).toEqual([]);
    const chain = `FROM handoffs h JOIN conversations c ON c.project_id = h.project_id AND c.id = h.conversation_id
                   JOIN events e ON e.id = h.event_id WHERE h.project_id = $1`;
    expect(joinProblems(chain, distributed)).toEqual([expect.stringContaining("JOIN events e without e.project_id")]);
  });
});

describe("citusStatements", () => {
  it("replicates reference tables first, distributes events then the rest co-located, skips local and done tables", () => {
    const s = citusStatements(["alert_rules", "api_keys", "baton_migrations", "events", "projects", "users"], new Set(["users"]));
    expect(s).toEqual([
      "SELECT create_reference_table('projects');",
      "SELECT create_reference_table('api_keys');",
      "SELECT create_distributed_table('events', 'project_id');",
      "SELECT create_distributed_table('alert_rules', 'project_id', colocate_with => 'events');",
    ]);
    // near miss: everything already distributed → nothing to run
    expect(citusStatements(["events", "projects"], new Set(["events", "projects"]))).toEqual([]);
  });
});
