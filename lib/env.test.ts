// lib/env.ts is the only reader of process.env, its parse follows a DATABASE_URL set after the
// first call (npm start sets it once the embedded database is up), and README documents every variable.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CONFIG_VARIABLES, databaseUrl, env, setDatabaseUrl, toolEnv } from "./env";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("env()", () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  });

  it("sees a DATABASE_URL set after its first parse", () => {
    delete process.env.DATABASE_URL;
    expect(env().DATABASE_URL).toBeUndefined();
    expect(() => databaseUrl()).toThrow(/DATABASE_URL is not set/);
    setDatabaseUrl("postgres://u:p@127.0.0.1:5999/later");
    expect(databaseUrl()).toBe("postgres://u:p@127.0.0.1:5999/later");
    // a harness that assigns process.env directly is followed too
    process.env.DATABASE_URL = "postgres://u:p@127.0.0.1:5999/direct";
    expect(env().DATABASE_URL).toBe("postgres://u:p@127.0.0.1:5999/direct");
  });

  it("names the bad variable; a bad tool knob does not break the server's configuration", () => {
    process.env.BENCH_CLIENTS = "many";
    expect(() => toolEnv()).toThrow(/BENCH_CLIENTS/);
    process.env.DATABASE_URL = "postgres://u:p@127.0.0.1:5999/x"; // a fresh parse
    expect(env().PORT).toBeGreaterThan(0);
    process.env.PORT = "70000";
    process.env.DATABASE_URL = "postgres://u:p@127.0.0.1:5999/y";
    expect(() => env()).toThrow(/PORT/);
  });
});

describe("configuration is read in one place", () => {
  it("README's Configuration table lists every variable", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("## Docker"));
    expect(CONFIG_VARIABLES.length).toBeGreaterThan(30);
    expect(CONFIG_VARIABLES.filter((v) => !table.includes(`\`${v}\``))).toEqual([]);
  });

  it("no source file but lib/env.ts reads process.env", () => {
    // Passing the environment on to a child process (`{ ...process.env, … }`), setting the
    // variables a third-party SDK reads, and the snippet the empty project's page shows users are
    // not configuration reads.
    const allowed = /\.\.\.process\.env\b|process\.env\.LANGSMITH_\w+ = |^  apiKey: process\.env\.BATON_KEY,$/;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
        const rel = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name !== "generated" && e.name !== "node_modules") walk(rel);
        } else if (/\.(ts|tsx)$/.test(e.name) && !/\.test\.ts$/.test(e.name) && rel !== path.join("lib", "env.ts")) {
          fs.readFileSync(path.join(ROOT, rel), "utf8")
            .split("\n")
            .forEach((line, i) => {
              if (/process\.env\b/.test(line) && !allowed.test(line) && !/^\s*\/\//.test(line))
                offenders.push(`${rel}:${i + 1}`);
            });
        }
      }
    };
    for (const d of ["lib", "app", "components", "scripts"]) walk(d);
    // NEXT_RUNTIME is no configuration but the build's own constant: Next inlines it, so the Edge
    // build drops instrumentation's Node.js branch only when it is read as the literal expression
    const runtime = /process\.env\.NEXT_RUNTIME === "nodejs"/g;
    for (const f of ["proxy.ts", "instrumentation.ts"]) if (/process\.env\.\w/.test(fs.readFileSync(path.join(ROOT, f), "utf8").replace(runtime, ""))) offenders.push(f);
    expect(offenders).toEqual([]);
  });
});
