import { describe, expect, it } from "vitest";
import { MIN_LIVE_JOBS, plannerRows, statisticsStale, type JobsTableStats } from "./jobs-statistics";

const stats = (s: Partial<JobsTableStats>): JobsTableStats => ({ reltuples: 0, relpages: 15, pages: 1950, live: 100_000, ...s });

describe("plannerRows", () => {
  it("scales the last measured density to the pages the table has now", () => {
    expect(plannerRows(stats({ reltuples: 3000, relpages: 60, pages: 120 }))).toBe(6000);
  });

  it("is zero for a table measured empty over pages it kept, however far it grew", () => {
    expect(plannerRows(stats({}))).toBe(0);
  });

  it("is null when the planner sizes the table by its row width (never measured, or measured with no pages)", () => {
    expect(plannerRows(stats({ reltuples: -1 }))).toBeNull();
    expect(plannerRows(stats({ reltuples: 0, relpages: 0 }))).toBeNull();
  });
});

describe("statisticsStale", () => {
  it("a backlog queued after the table was measured empty", () => {
    expect(statisticsStale(stats({}))).toBe(true);
  });

  it("a queue ten times what the planner believes", () => {
    expect(statisticsStale(stats({ reltuples: 50, relpages: 15, pages: 150, live: 5001 }))).toBe(true);
  });

  it("(near miss) a queue within ten times the estimate is left alone", () => {
    expect(statisticsStale(stats({ reltuples: 50, relpages: 15, pages: 150, live: 4999 }))).toBe(false);
  });

  it("(near miss) a short queue, whatever the statistics: a fetch that reads it all still takes milliseconds", () => {
    expect(statisticsStale(stats({ live: MIN_LIVE_JOBS - 1 }))).toBe(false);
    expect(statisticsStale(stats({ live: MIN_LIVE_JOBS }))).toBe(true);
  });

  it("(near miss) a table the planner sizes by its width", () => {
    expect(statisticsStale(stats({ reltuples: -1 }))).toBe(false);
    expect(statisticsStale(stats({ relpages: 0 }))).toBe(false);
  });
});
