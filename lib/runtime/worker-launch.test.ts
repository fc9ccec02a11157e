import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT, workerArgs } from "./processes";
import { buildWorkerBundle } from "./worker-launch.mjs";

describe("worker bundle", () => {
  it("is built once per code version and keeps each file's own import.meta.url", async () => {
    const file = await buildWorkerBundle();
    expect(path.dirname(file)).toBe(path.join(ROOT, "node_modules/.cache/baton"));
    expect(await buildWorkerBundle()).toBe(file); // same code, same content hash, same file
    const js = fs.readFileSync(file, "utf8");
    // a bare import.meta.url would be the bundle's own URL: the NLP data and the migrations
    // would be looked for in node_modules/.cache
    expect(js).not.toContain("import.meta.url");
    for (const source of ["lib/scoring/nlp/lexicon.ts", "lib/db/migrate.ts"]) {
      expect(js).toContain(JSON.stringify(pathToFileURL(path.join(ROOT, source)).href));
    }
    // the packages stay where npm put them (one copy of pg, graphile-worker, wink-nlp)
    expect(js).toMatch(/from "graphile-worker"/);
  }, 60_000);

  it("is what the worker process runs: bare node, no tsx loader thread", () => {
    const args = workerArgs();
    expect(args.join(" ")).not.toContain("tsx");
    expect(args.at(-1)).toBe(path.join(ROOT, "lib/runtime/worker-launch.mjs"));
  });
});
