-- A person's review of a conversation's flags (lib/reviews): their own label per scored failure
-- ({ labels: { dropout: bool, … }, by, at, note }). It lives on the conversation's row, so erasure and
-- retention remove it with the conversation, and the worker's upsert (which names its columns)
-- leaves it alone when it rescores. The partial index serves the accuracy panel and the list's
-- "reviewed" filters, which read only reviewed rows.
ALTER TABLE conversations ADD COLUMN review jsonb;
CREATE INDEX conversations_reviewed_idx ON conversations (project_id, last_at DESC, id DESC) WHERE review IS NOT NULL;
