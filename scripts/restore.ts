// `npm run restore -- FILE [--data-dir DIR] [--force]`: loads a backup into a fresh embedded data
// dir (BATON_DATA_DIR, or --data-dir; created if missing) or into DATABASE_URL. A database that
// already holds data is refused unless --force (which replaces it).
import fs from "node:fs";
import { connectTarget } from "../lib/backup/connect";
import { restoreDatabase } from "../lib/backup/restore";
import { arg } from "./args";

async function main() {
  const file = process.argv.slice(2).find((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--data-dir");
  if (!file) throw new Error("usage: npm run restore -- FILE [--data-dir DIR] [--force]");
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  const target = await connectTarget({ dataDir: arg("data-dir") });
  try {
    const counts = await restoreDatabase({ url: target.url, file, force: process.argv.includes("--force") });
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`baton: restored ${total.toLocaleString("en-US")} rows into ${target.label}`);
  } finally {
    await target.close();
  }
}

main().catch((err) => {
  console.error(`baton restore failed: ${(err as Error).message}`);
  process.exit(1);
});
