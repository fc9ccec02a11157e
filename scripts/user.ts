// `npm run user -- reset-password EMAIL`: gives the user a new generated password, printed once,
// and ends their sessions and login lockouts (for a forgotten or leaked password; users change
// their own on /settings). Uses DATABASE_URL, or the embedded database of a stopped `npm start`
// (its folder is locked while Baton runs: then set DATABASE_URL or stop Baton first).
import { resetPassword } from "../lib/auth/users";
import { startEmbeddedPostgres, type EmbeddedDb } from "../lib/db/embedded";
import { closePool } from "../lib/db/pool";
import { env, setDatabaseUrl } from "../lib/env";
import { dataDir } from "../lib/runtime/runtime-file";

const USAGE = "usage: npm run user -- reset-password EMAIL";

async function main() {
  const [command, email] = process.argv.slice(2);
  if (command !== "reset-password" || !email) throw new Error(USAGE);
  let db: EmbeddedDb | null = null;
  if (!env().DATABASE_URL) {
    db = await startEmbeddedPostgres({ dataDir: dataDir() });
    setDatabaseUrl(db.url);
  }
  try {
    const password = await resetPassword({ email });
    console.log(`New password for ${email.trim().toLowerCase()} (shown once): ${password}`);
  } finally {
    await closePool();
    await db?.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
