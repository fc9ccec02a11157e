// `npm run migrate`: applies prisma/migrations to DATABASE_URL and creates the default project,
// its ingest key and the first admin when missing (printed once). Used by the Docker image.
import { migrate } from "../lib/db/migrate";
import { closePool } from "../lib/db/pool";
import { bootstrap } from "../lib/projects/bootstrap";
import { databaseUrl, env } from "../lib/env";

async function main() {
  const url = databaseUrl();
  const applied = await migrate(url, (m) => console.log(`baton: ${m}`));
  if (!applied.length) console.log("baton: database schema is up to date");
  const boot = await bootstrap({
    ingestKey: env().BATON_INGEST_KEY,
    adminEmail: env().BATON_ADMIN_EMAIL,
    adminPassword: env().BATON_ADMIN_PASSWORD,
  });
  if (boot.newKey) console.log(`baton: ingest key for project "default" (shown once): ${boot.newKey}`);
  if (boot.newAdmin) console.log(`baton: admin login (shown once): ${boot.newAdmin.email} / ${boot.newAdmin.password}`);
  await closePool();
}

main().catch((err) => {
  console.error(`baton: ${(err as Error).message}`);
  process.exit(1);
});
