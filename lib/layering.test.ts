// Direction of dependencies: app/ composes components/ and lib/; components/ never import from
// app/ (server actions reach them as props); lib/ imports neither, and reads nothing from tests/.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(rel);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test(-util)?\.ts$/.test(e.name) ? [rel] : [];
  });
}

const importsOf = (file: string) => [...fs.readFileSync(path.join(ROOT, file), "utf8").matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);

/** The top-level folder an import resolves to ("app", "lib", …), or null for a package. */
function target(file: string, spec: string): string | null {
  if (spec.startsWith("@/")) return spec.slice(2).split("/")[0];
  if (!spec.startsWith(".")) return null;
  return path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec)).split(path.sep)[0];
}

describe("layering", () => {
  it.each([
    ["components", ["app"]],
    ["lib", ["app", "components", "tests"]],
  ])("%s/ imports nothing from %j", (dir, forbidden) => {
    const bad = sources(dir).flatMap((f) => importsOf(f).filter((s) => forbidden.includes(target(f, s) ?? "")).map((s) => `${f}: ${s}`));
    expect(bad).toEqual([]);
  });
});
