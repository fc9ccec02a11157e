-- Orchestrator–worker fan-out on handoff rows (issue 14 items 1–2).
-- fan_out_group / fan_out_width: set on each delegation of a parallel fan-out (several `delegate`
-- handoffs by one agent in one turn): which fan-out of the conversation (0, 1, …) and how many
-- workers it dispatched. pair_idx: the idx of the matching return (on a delegation) or delegation
-- (on a return). orchestration: the delegation's orchestrator–worker scores (ask carried,
-- compression ratio, result used; lib/scoring/orchestration.ts), null on other handoffs.
ALTER TABLE handoffs
  ADD COLUMN fan_out_group integer,
  ADD COLUMN fan_out_width integer,
  ADD COLUMN pair_idx integer,
  ADD COLUMN orchestration jsonb;
