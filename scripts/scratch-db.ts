// The database a profiling script runs against: DATABASE_URL when set, else a throwaway embedded
// PostgreSQL in a temp folder (removed by `drop`). Migrated and made the process's database either way.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDb } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { env, setDatabaseUrl } from "../lib/env";

export interface ScratchDb {
  url: string;
  /** the embedded server, or null when DATABASE_URL was given */
  db: EmbeddedDb | null;
  drop: () => Promise<void>;
}

/** `settings`: extra server settings for the embedded server (ignored with DATABASE_URL). */
export async function scratchDatabase(prefix: string, settings?: Record<string, string | number>): Promise<ScratchDb> {
  let db: EmbeddedDb | null = null;
  let url = env().DATABASE_URL;
  if (!url) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    db = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), settings });
    url = db.url;
  }
  setDatabaseUrl(url);
  await migrate(url);
  const embedded = db;
  return {
    url,
    db,
    drop: async () => {
      if (!embedded) return;
      await embedded.stop();
      fs.rmSync(path.dirname(embedded.dataDir), { recursive: true, force: true });
    },
  };
}
