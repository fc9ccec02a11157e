// What every scorer receives: the ordered timeline, the handoff chain, the facts and the project
// settings — built once per conversation by run-scorers.ts. Scorers are pure functions of it.
import type { ProjectSettings } from "../projects/settings";
import type { ChainLink } from "./chain";
import type { Fact } from "./facts";
import type { Asked } from "./asks";
import type { Vocabulary } from "./slots";
import type { TimedEvent } from "./timeline";

export interface ScoringContext {
  timeline: TimedEvent[];
  chain: ChainLink[];
  facts: Fact[];
  settings: ProjectSettings;
  /** built-in slots extended by settings.vocabulary */
  vocab: Vocabulary;
  /** slots each agent message asks for, by text (read by fact extraction and re-ask alike) */
  asks: Map<string, Asked[]>;
}

/** A score that could not be computed carries the reason instead of a number. */
export type Scored<T> = { value: T; reason?: undefined } | { value: null; reason: string };
export const scored = <T>(value: T): Scored<T> => ({ value });
export const notScored = <T>(reason: string): Scored<T> => ({ value: null, reason });
