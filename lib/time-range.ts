// The one accepted time range for every timestamp Baton stores or filters by (ingest of native
// events, OpenAI spans, LangSmith runs and OTLP nanos; the read API's from/to), so an
// out-of-range time is a 400 naming the field instead of a PostgreSQL or toISOString error.
/**
 * 1970-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z. Before
 * the epoch is no telemetry (and epoch-ms cannot be negative here); past year 9999 ISO-8601 needs
 * an expanded "+275760-…" year that PostgreSQL refuses. Anything outside is a 400 naming the field.
 */
export const MIN_TIME_MS = 0;
export const MAX_TIME_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
export const TIME_RANGE_MESSAGE = "must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z";
export const isTimeInRange = (ms: number | null | undefined): ms is number =>
  typeof ms === "number" && Number.isFinite(ms) && ms >= MIN_TIME_MS && ms <= MAX_TIME_MS;

