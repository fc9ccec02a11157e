// A date with its day in words ("the twelfth of July", "the twenty-third of April") is a date fact
// (values.ts DATE_RE, dateKeys), and a summary stating it another way ("12 July", "2026-04-23")
// carries it (mentions.ts). Before, such a date was read as nothing: a user who gave only it gave no
// date (blind-x1 `x-tuktuk-bride-to-reception`, blind-m2 `m-mobilityaids-survey-then-install`,
// blind-g `g-bikerepair-winter-storage`: three authors). Only with "of" and a month: ordinals in
// other senses ("the first may be", "second of all", "the first of many") stay none. Domains: a
// choir's concert, a kennel booking, a boiler service.
import { describe, expect, it } from "vitest";
import { factsFromText, mentions } from "./facts";
import { DEFAULT_VOCABULARY } from "./slots";

const dates = (text: string) => factsFromText(text, DEFAULT_VOCABULARY, [], false).filter((f) => f.field === "date").map((f) => f.value);

describe("a date with its day in words", () => {
  it("choir concert: the day in words is the date, and '12 July' states it", () => {
    expect(dates("Our concert is on Saturday the twelfth of July, can we hire the hall?")).toEqual(["the twelfth of July"]);
    expect(mentions("Hall hire for the choir concert, 12 July.", "the twelfth of July")).toBe(true);
  });
  it("near miss, choir concert: 'the first may be' and another day are no such date", () => {
    expect(dates("The first may be too early for the altos.")).toEqual([]);
    expect(mentions("Hall hire for the choir concert, 13 July.", "the twelfth of July")).toBe(false);
  });

  it("kennels: a compound day in words with its year matches the ISO date", () => {
    expect(dates("We drop Bramble off on the twenty-third of April 2026.")).toEqual(["the twenty-third of April 2026"]);
    expect(mentions("Bramble boarding from 2026-04-23.", "the twenty-third of April 2026")).toBe(true);
  });
  it("near miss, kennels: 'the first of many' names no month", () => {
    expect(dates("This is the first of many stays, I hope.")).toEqual([]);
  });

  it("boiler service: a date in words said back in words matches the one typed in digits", () => {
    expect(mentions("Engineer booked for the first of November.", "1 Nov")).toBe(true);
  });
  it("near miss, boiler service: 'second of all' is no date", () => {
    expect(dates("Second of all, the pressure keeps dropping.")).toEqual([]);
  });
});
