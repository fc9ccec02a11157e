// Runs a script as one esbuild bundle in a child node process, as the worker runs its code
// (lib/runtime/worker-launch.mjs): no tsx wrappers (keepNames' `__name` on every named closure) and no
// loader thread in what is measured or profiled. Every `import.meta.url` keeps its own file's URL, so
// paths computed from it (the NLP data) resolve as before. Used by scripts/profile-scorers.mts and
// scripts/scorer-throughput.mts: `if (!isBundled()) process.exit((await runBundled(import.meta.url)).status)`.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { toolEnv } from "../lib/env";

/** True inside the bundled child (runBundled sets BATON_RUN_BUNDLED there). */
export const isBundled = () => toolEnv().BATON_RUN_BUNDLED === "1";

/**
 * Bundles the script at `selfUrl` (with a source map) and runs it with `args` (default: this process's
 * arguments); returns its exit status, and its stdout when `capture` (else it is shown).
 */
export async function runBundled(selfUrl: string, opts: { capture?: boolean; args?: string[] } = {}): Promise<{ status: number; stdout: string }> {
  const self = fileURLToPath(selfUrl);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  // (imported here, not at the top: in a bundle it would run as its main module, and start a worker)
  // @ts-expect-error: plain JavaScript (it must run under bare node), no type declarations
  const { ownMetaUrl } = await import("../lib/runtime/worker-launch.mjs");
  const esbuild = createRequire(createRequire(import.meta.url).resolve("tsx/package.json"))("esbuild");
  const outfile = path.join(root, "node_modules/.cache/baton", `${path.basename(self).replace(/\.m?ts$/, "")}-${process.pid}.mjs`);
  await esbuild.build({
    entryPoints: [self], bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", outfile, sourcemap: true, logLevel: "silent",
    plugins: [{ name: "own-import-meta-url", setup: (b: { onLoad: (o: { filter: RegExp }, f: unknown) => void }) => b.onLoad({ filter: /\.ts$/ }, ownMetaUrl) }],
  });
  try {
    const r = spawnSync(process.execPath, [outfile, ...(opts.args ?? process.argv.slice(2))], {
      stdio: opts.capture ? ["ignore", "pipe", "inherit"] : "inherit",
      encoding: "utf8",
      env: { ...process.env, BATON_RUN_BUNDLED: "1" },
    });
    return { status: r.status ?? 1, stdout: r.stdout ?? "" };
  } finally {
    fs.rmSync(outfile, { force: true });
    fs.rmSync(`${outfile}.map`, { force: true });
  }
}
