// Builds the `baton-client` package from the client's source in lib/client (kept there: the app's
// tests, the demo and the root package's "./client" export use it as TypeScript).
//
// - JS: esbuild (shipped with tsx) bundles each entry twice, ESM (.js) and CJS (.cjs), for Node 20.
//   The entries pull in a few pure mapping helpers from lib/integrations (the processor maps spans
//   with the server's own mapping) but only *types* from lib/ingest, so zod and server code stay
//   out; the build fails if the output mentions zod, pg, prisma or next. `@openai/agents` stays an
//   import (an optional peer dependency, used by the ./openai-agents entry only).
// - Types: tsc emits declarations for the entries. The event type is zod's inferred input type in
//   lib/ingest/schemas.ts; a published .d.ts cannot import zod, so the checker expands it into a
//   plain union written to events.d.ts, and the entries' import of ../ingest/schemas is pointed
//   there. Any other import outside lib/client fails the build.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import ts from "typescript";

const PKG = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROOT = path.resolve(PKG, "../..");
const SRC = path.join(ROOT, "lib/client");
const DIST = path.join(PKG, "dist");
const ENTRIES = ["index", "openai-agents", "langgraph"];
const EXTERNAL = ["@openai/agents"];
const FORBIDDEN = /["'](zod|pg|@prisma\/[^"']*|next(\/[^"']*)?)["']/;

fs.rmSync(DIST, { recursive: true, force: true });
fs.mkdirSync(DIST, { recursive: true });

for (const [format, ext] of [["esm", ".js"], ["cjs", ".cjs"]]) {
  await esbuild.build({
    entryPoints: ENTRIES.map((e) => path.join(SRC, `${e}.ts`)),
    outdir: DIST,
    outExtension: { ".js": ext },
    bundle: true,
    format,
    platform: "node",
    target: "node20",
    external: EXTERNAL,
    logLevel: "warning",
  });
}
for (const f of fs.readdirSync(DIST)) {
  const m = fs.readFileSync(path.join(DIST, f), "utf8").match(FORBIDDEN);
  if (m) throw new Error(`dist/${f} imports ${m[1]}: the client must not pull in server code`);
}

const options = {
  declaration: true,
  emitDeclarationOnly: true,
  strict: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: ["node"],
};
const program = ts.createProgram(ENTRIES.map((e) => path.join(SRC, `${e}.ts`)), options);
const diagnostics = ts.getPreEmitDiagnostics(program);
if (diagnostics.length) throw new Error(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => "\n" }));

const declarations = new Map();
program.emit(undefined, (file, text) => {
  const name = path.basename(file, ".d.ts");
  if (path.dirname(file).endsWith(`${path.sep}client`) && ENTRIES.includes(name)) declarations.set(name, text);
});

/** Rewrites a declaration's relative imports to files of this package, with the extension `ext` needs. */
function relink(text, name, ext) {
  return text.replace(/from "(\.[^"]*)"/g, (_, spec) => {
    if (spec === "../ingest/schemas") return `from "./events${ext}"`;
    const base = spec.replace(/^\.\//, "");
    if (spec.startsWith("./") && ENTRIES.includes(base)) return `from "./${base}${ext}"`;
    throw new Error(`${name}.d.ts imports ${spec}, which is not part of the package`);
  });
}
for (const [name, text] of declarations) {
  fs.writeFileSync(path.join(DIST, `${name}.d.ts`), relink(text, name, ".js"));
  fs.writeFileSync(path.join(DIST, `${name}.d.cts`), relink(text, name, ".cjs"));
}

// The wire event type, expanded by the checker from zod's inferred input type.
const checker = program.getTypeChecker();
const schemas = program.getSourceFile(path.join(ROOT, "lib/ingest/schemas.ts"));
const alias = checker
  .getExportsOfModule(checker.getSymbolAtLocation(schemas))
  .find((s) => s.name === "IngestEventInput")
  ?.declarations?.find(ts.isTypeAliasDeclaration);
if (!alias) throw new Error("lib/ingest/schemas.ts no longer exports IngestEventInput");
const node = checker.typeToTypeNode(checker.getTypeAtLocation(alias.type), undefined, ts.NodeBuilderFlags.NoTruncation | ts.NodeBuilderFlags.InTypeAlias | ts.NodeBuilderFlags.MultilineObjectLiterals);
const printed = ts.createPrinter().printNode(ts.EmitHint.Unspecified, node, schemas);
const events = `/** One event of POST /api/v1/events (generated from Baton's ingest schema). */\nexport type IngestEventInput = ${printed};\n`;
fs.writeFileSync(path.join(DIST, "events.d.ts"), events);
fs.writeFileSync(path.join(DIST, "events.d.cts"), events);

console.log(`baton-client: built ${fs.readdirSync(DIST).length} files in ${path.relative(process.cwd(), DIST) || "."}`);
