-- The conversations list's capped count (lib/conversations/list.ts) walks the newest-first index
-- until 10,001 matches. With the filtered columns stored in the index (INCLUDE), that walk is an
-- index-only scan instead of a heap visit per row or a bitmap of every flagged conversation ever:
-- 1 M conversations, flag=dropout over 7 days, median 396 → 96 ms on a loaded 2-core machine
-- (docs/performance.md). Same name and key as before, so every other plan is unchanged.
DROP INDEX IF EXISTS conversations_project_id_last_at_id_idx;
CREATE INDEX conversations_project_id_last_at_id_idx ON conversations (project_id, last_at DESC, id DESC)
  INCLUDE (flags, status, csat, release, max_depth);
