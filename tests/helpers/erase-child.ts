// Runs one erasure by identifier in its own process, so a test can kill -9 it mid-way.
// argv: projectId identifier; DATABASE_URL from the environment.
import { eraseByIdentifier } from "../../lib/erasure/erase-by-identifier";

const [projectId, identifier] = process.argv.slice(2);
await eraseByIdentifier({ projectId, identifier, force: true, actor: "key:test" });
process.exit(0);
