// The demo-data offer on first start. The demo itself (scripts/demo.ts) is added by the
// framework-integration work; until it exists this does nothing.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../lib/runtime/processes";

export async function maybeLoadDemo(_opts: { baseUrl: string; projectId: string }): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, "scripts/demo.ts"))) return;
}
