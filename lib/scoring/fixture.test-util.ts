// Test helper: analyse one labelled corpus conversation by name.
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_SETTINGS, type ProjectSettings } from "../projects/settings";
import { CORPUS_DIR } from "./eval";
import { analyzeConversation } from "./run-scorers";
import { IngestEvent, type EventRecord } from "../ingest/schemas";

export function fixtureEvents(name: string): EventRecord[] {
  const fx = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, `${name}.json`), "utf8"));
  return fx.events.map((r: unknown) => {
    const e = IngestEvent.parse(r);
    return { ...e, timestamp: e.timestamp.toISOString(), ...(e.type === "handoff" && !e.agent ? { agent: e.from } : {}) };
  });
}

export const analyzeFixture = (name: string, settings: ProjectSettings = DEFAULT_SETTINGS) =>
  analyzeConversation(fixtureEvents(name), settings);
