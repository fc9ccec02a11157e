// Test helper: analyse one conversation of the original labelled corpus by name.
import path from "node:path";
import { ORIGINAL_CORPUS_DIR } from "../../tests/fixtures/corpora";
import { DEFAULT_SETTINGS, type ProjectSettings } from "../projects/settings";
import type { EventRecord } from "../ingest/schemas";
import { loadFixture } from "./eval";
import { analyzeConversation } from "./run-scorers";

export const fixtureEvents = (name: string): EventRecord[] => loadFixture(path.join(ORIGINAL_CORPUS_DIR, `${name}.json`)).events;

export const analyzeFixture = (name: string, settings: ProjectSettings = DEFAULT_SETTINGS) =>
  analyzeConversation(fixtureEvents(name), settings);
