// Runs the retention pass over one project in its own process, in small batches, so a test can
// kill -9 it mid-way. argv: projectId; DATABASE_URL from the environment.
import { applyRetention } from "../../lib/retention/apply-retention";

await applyRetention({ projectIds: [process.argv[2]], batch: 10 });
process.exit(0);
