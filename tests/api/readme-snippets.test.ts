// README's "Send a first event" block, run by bash as a reader would paste it (only the URL and the
// key are swapped for the test Baton's): its events are stored with timestamps of "now", so they
// land in the dashboard's default range (the last 24 hours), and the second curl reads them back.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { RANGES } from "../../lib/dashboard/range";
import { baseUrl, createTestProject, type TestProject } from "../helpers/api";

const run = promisify(execFile);
const README = fs.readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");

/** The first ```bash block after `heading`. */
function block(heading: string): string {
  const at = README.indexOf(heading);
  if (at < 0) throw new Error(`README has no "${heading}"`);
  const m = README.slice(at).match(/```bash\n([\s\S]*?)\n```/);
  if (!m) throw new Error(`no bash block under "${heading}"`);
  return m[1];
}

let p: TestProject;
beforeAll(async () => {
  p = await createTestProject();
});

describe("README: send a first event", () => {
  it("runs as printed: 3 events accepted, then read back, all within the default range", async () => {
    const script = block("## Send a first event")
      .replace(/^KEY=.*$/m, `KEY=${p.key}`)
      .replaceAll("http://localhost:3000", baseUrl());
    expect(script).not.toContain("localhost:3000");
    const before = Date.now();
    const { stdout } = await run("bash", ["-e", "-c", script]);
    const [posted, ...rest] = stdout.trim().split("\n");
    expect(JSON.parse(posted)).toEqual({ accepted: 3, duplicates: 0, errors: [] });
    const conversation = JSON.parse(rest.join("\n"));
    expect(conversation.events.map((e: { id: string }) => e.id)).toEqual(["e1", "e2", "e3"]);
    for (const e of conversation.events) {
      const at = Date.parse(e.timestamp);
      expect(at).toBeGreaterThan(before - RANGES["24h"]);
      expect(at).toBeLessThanOrEqual(Date.now());
    }
  });

  it("near miss: the same block run again stores nothing twice", async () => {
    const script = block("## Send a first event").replace(/^KEY=.*$/m, `KEY=${p.key}`).replaceAll("http://localhost:3000", baseUrl());
    const { stdout } = await run("bash", ["-e", "-c", script]);
    // new timestamps, same ids: duplicates, never a second row
    expect(JSON.parse(stdout.split("\n")[0])).toEqual({ accepted: 0, duplicates: 3, errors: [] });
  });
});
