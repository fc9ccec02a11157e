// A small file beside the data folder (`.data.runtime.json` for `.data`) where `npm start` records
// where the running Baton listens and the ingest key reserved for demo data, so `npm run demo`
// needs no flags. Readable only by its owner: it holds a key.
import fs from "node:fs";
import path from "node:path";
import { env } from "../env";
import { ROOT } from "./processes";

export interface RuntimeInfo {
  baseUrl: string;
  pid: number;
  demoKey?: string;
}

/** The embedded database's folder (`BATON_DATA_DIR`, default `./.data`), absolute. */
export function dataDir(): string {
  return path.resolve(ROOT, env().BATON_DATA_DIR);
}

export function runtimeFile(): string {
  return `${dataDir().replace(/\/+$/, "")}.runtime.json`;
}

/** The running Baton's info, or null when none is recorded or its process is gone. */
export function readRuntime(): RuntimeInfo | null {
  const info = readRuntimeUnchecked();
  if (!info) return null;
  try {
    process.kill(info.pid, 0);
    return info;
  } catch {
    return null;
  }
}

export function readRuntimeUnchecked(): RuntimeInfo | null {
  try {
    return JSON.parse(fs.readFileSync(runtimeFile(), "utf8")) as RuntimeInfo;
  } catch {
    return null;
  }
}

export function writeRuntime(info: RuntimeInfo): void {
  fs.writeFileSync(runtimeFile(), JSON.stringify(info, null, 2), { mode: 0o600 });
}

export function removeRuntime(): void {
  fs.rmSync(runtimeFile(), { force: true });
}
