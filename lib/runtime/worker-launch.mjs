// Starts the worker (lib/worker/main.ts) from one bundled ES module instead of through tsx's loader.
// Plain JavaScript on purpose: it must run under bare `node`.
//
// Why: on Node 20, `node --import tsx` runs tsx's module hooks on a second thread with its own V8
// isolate, which keeps every transformed source of the worker's module graph. That thread and its
// heap were ~50 MB of the worker's resident memory (draining 30,000 bench conversations: peak RSS
// 299 → 251 MB, non-heap anonymous memory ~90 → ~40 MB; issue 12 / SPEC §7's 300 MB). So this file
// bundles lib/worker/main.ts with esbuild (the one tsx itself uses and depends on; ~0.2 s) into
// node_modules/.cache/baton/, named by its content hash (several workers starting at once write the
// same file; a write is a rename, never a half-written file), and imports it in this process, so
// the pid the supervisor holds is the worker. Every `import.meta.url` keeps its own file's URL, so
// paths computed from it (the NLP data, the migrations, the Prisma client) resolve as before.
// Without esbuild it falls back to tsx (one warning line). Stack traces name bundle lines; run with
// NODE_OPTIONS=--enable-source-maps to map them back to the .ts files.
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ENTRY = path.join(ROOT, "lib/worker/main.ts");
const OUT_DIR = path.join(ROOT, "node_modules/.cache/baton");

/** Bundles the worker and returns the bundle's path (unchanged code: the same file as last time). */
export async function buildWorkerBundle() {
  const esbuild = createRequire(createRequire(import.meta.url).resolve("tsx/package.json"))("esbuild");
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    sourcemap: "linked",
    outdir: OUT_DIR,
    logLevel: "silent",
    plugins: [{ name: "own-import-meta-url", setup: (b) => b.onLoad({ filter: /\.ts$/ }, ownMetaUrl) }],
  });
  const js = result.outputFiles.find((f) => f.path.endsWith(".js"));
  const map = result.outputFiles.find((f) => f.path.endsWith(".map"));
  const hash = crypto.createHash("sha256").update(js.contents).digest("hex").slice(0, 16);
  const file = path.join(OUT_DIR, `worker-${hash}.mjs`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(OUT_DIR, { recursive: true });
    const sourceMapLine = `\n//# sourceMappingURL=worker-${hash}.mjs.map\n`;
    writeAtomically(`${file}.map`, map.text);
    writeAtomically(file, js.text.replace(/\n\/\/# sourceMappingURL=.*\n?$/, "") + sourceMapLine);
    pruneOldBundles(file);
  }
  return file;
}

/** esbuild onLoad: a .ts file with each `import.meta.url` written as its own file's URL (also scripts/profile-scorers.mts). */
export function ownMetaUrl(args) {
  const source = fs.readFileSync(args.path, "utf8");
  return { contents: source.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)), loader: "ts" };
}

function writeAtomically(file, text) {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** Bundles of older code, unused for a day (a worker still running one has loaded it already). */
function pruneOldBundles(current) {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of fs.readdirSync(OUT_DIR)) {
    const file = path.join(OUT_DIR, name);
    if (!name.startsWith("worker-") || file.startsWith(current)) continue;
    try {
      if (fs.statSync(file).mtimeMs < dayAgo) fs.rmSync(file, { force: true });
    } catch {
      /* another process pruned it */
    }
  }
}

async function launch() {
  let bundle;
  try {
    bundle = await buildWorkerBundle();
  } catch (err) {
    console.warn(`baton worker: could not bundle the worker (${err?.message?.split("\n")[0]}); running it through tsx (~50 MB more memory)`);
    const { register } = await import("tsx/esm/api");
    register();
    await import(pathToFileURL(ENTRY).href);
    return;
  }
  await import(pathToFileURL(bundle).href);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await launch();
