// Prints issue 13's moved reads (moved-reads.ts) for one project as JSON, in its own process, so
// tests/api/timezone.test.ts can run them with a non-UTC TZ and database session time zone (it
// prints both, so the test can check they really were in force).
// argv: projectId; DATABASE_URL (with its `options`) and TZ from the environment.
import { db } from "../../lib/db/client";
import { movedReads } from "./moved-reads";

const [{ tz }] = await db().$queryRaw<Array<{ tz: string }>>`SELECT current_setting('TimeZone') AS tz`;
const reads = await movedReads(process.argv[2]);
process.stdout.write(JSON.stringify({ sessionTimeZone: tz, processTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, reads }));
process.exit(0);
