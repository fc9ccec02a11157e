-- conversations.contributions is bookkeeping the worker writes for every scored conversation and
-- reads back only to subtract it on a rescore; no query looks inside it. As text, PostgreSQL stores
-- it as sent instead of parsing ~1.5 KB of JSON into jsonb on every write.
ALTER TABLE conversations
  ALTER COLUMN contributions DROP DEFAULT,
  ALTER COLUMN contributions TYPE text USING contributions::text,
  ALTER COLUMN contributions SET DEFAULT '[]';
