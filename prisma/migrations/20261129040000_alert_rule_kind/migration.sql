-- Alert rules gain a kind: "threshold" (the value against comparator/threshold, as before) or
-- "change" (a level shift in `direction` within the window; lib/metrics/change-points.ts).
ALTER TABLE "alert_rules" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'threshold';
ALTER TABLE "alert_rules" ADD COLUMN "direction" TEXT NOT NULL DEFAULT 'any';
