// `npm run backup [-- --out DIR]`: writes baton-backup-<timestamp>.dump (lib/backup/format.ts) of
// DATABASE_URL, or of the embedded database in BATON_DATA_DIR (running or not).
import path from "node:path";
import { connectTarget } from "../lib/backup/connect";
import { dumpDatabase } from "../lib/backup/dump";
import { backupFileName } from "../lib/backup/format";
import { arg } from "./args";

async function main() {
  const target = await connectTarget();
  try {
    const file = path.resolve(arg("out") ?? ".", backupFileName());
    const counts = await dumpDatabase({ url: target.url, file });
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`baton: backed up ${total.toLocaleString("en-US")} rows of ${target.label} to ${file}`);
  } finally {
    await target.close();
  }
}

main().catch((err) => {
  console.error(`baton backup failed: ${(err as Error).message}`);
  process.exit(1);
});
