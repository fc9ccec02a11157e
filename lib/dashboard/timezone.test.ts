import { describe, expect, it } from "vitest";
import { formatInZone, fromZonedInput, isTimeZone, timeZoneOr, toZonedInput, zoneLabel } from "./timezone";

describe("time zone", () => {
  const t = new Date("2026-07-01T12:30:05Z");
  it("formats in UTC by default and in a chosen zone, labelled", () => {
    expect(formatInZone(t, "UTC")).toBe("2026-07-01 12:30:05 UTC");
    expect(formatInZone(t, "Europe/Paris")).toBe("2026-07-01 14:30:05 GMT+2");
    expect(formatInZone(t, "Asia/Kolkata", { seconds: false, label: false })).toBe("2026-07-01 18:00");
    expect(zoneLabel("UTC")).toBe("UTC");
  });

  it("reads a datetime-local value in the zone (round trip, also in winter)", () => {
    expect(fromZonedInput("2026-07-01T14:30", "Europe/Paris")?.toISOString()).toBe("2026-07-01T12:30:00.000Z");
    expect(fromZonedInput("2026-01-10T14:30", "Europe/Paris")?.toISOString()).toBe("2026-01-10T13:30:00.000Z");
    expect(fromZonedInput("2026-01-10T14:30", "UTC")?.toISOString()).toBe("2026-01-10T14:30:00.000Z");
    expect(toZonedInput(t, "America/New_York")).toBe("2026-07-01T08:30");
    expect(fromZonedInput(toZonedInput(t, "America/New_York"), "America/New_York")?.toISOString()).toBe("2026-07-01T12:30:00.000Z");
  });

  it("refuses what is not a zone or a datetime-local value", () => {
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(timeZoneOr("Mars/Olympus")).toBe("UTC");
    expect(timeZoneOr("Asia/Tokyo")).toBe("Asia/Tokyo");
    expect(fromZonedInput("yesterday", "UTC")).toBeNull();
  });
});
