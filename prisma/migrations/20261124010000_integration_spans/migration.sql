-- Raw spans/runs from framework integrations (OpenAI Agents traces, LangSmith runs, OTLP spans),
-- kept so an adapter can map a span once the context it needs has arrived (children are exported
-- before their parents, and one trace is spread over several requests).
CREATE TABLE integration_spans (
  project_id       text NOT NULL,
  source           text NOT NULL,
  trace_id         text NOT NULL,
  span_id          text NOT NULL,
  parent_id        text,
  conversation_id  text,
  kind             text NOT NULL DEFAULT '',
  started_at       timestamptz(3),
  ended_at         timestamptz(3),
  body             jsonb NOT NULL DEFAULT '{}',
  received_at      timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, source, trace_id, span_id)
);
CREATE INDEX integration_spans_project_id_source_parent_id_idx ON integration_spans (project_id, source, trace_id, parent_id);
