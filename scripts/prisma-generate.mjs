// Runs `prisma generate` with a stub schema engine (the real one cannot be downloaded offline;
// generate does not need it). Called by npm's postinstall.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts/prisma-engine-stub.sh"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
const res = spawnSync("npx", ["prisma", "generate"], { cwd: root, env, stdio: "inherit" });
process.exit(res.status ?? 1);
