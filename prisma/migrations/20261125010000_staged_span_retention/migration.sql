-- Staged framework spans are pruned by age (the worker's hourly prune_staged_spans task).
CREATE INDEX integration_spans_received_at_idx ON integration_spans (received_at);
