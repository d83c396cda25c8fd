import { describe, expect, it } from "vitest";
import { formatIntervals, hasGap, hull, readTime, timeFormatOf, toGexfEnd, toModelInterval } from "../../../../src/core/io/gexf/time.ts";

describe("GEXF time onto [start, end)", () => {
  it("timeFormatOf reads date, dateTime and the number formats in any case, and refuses others", () => {
    expect(["date", "dateTime", "DATETIME", "integer", "long", "double", "float", null, ""].map((t) => timeFormatOf(t))).toEqual([
      "date", "date", "date", "number", "number", "number", "number", "unstated", "unstated",
    ]);
    expect(timeFormatOf("timestamp")).toEqual({ error: 'timeformat "timestamp" is not one of date, dateTime, integer, long, double, float', fix: 'Write timeformat="date" and dates such as 2012-04-01' });
  });

  it("readTime takes dates and date-times (the date), and whole numbers 1000–9999 as years", () => {
    expect(readTime("2012-04-01", "date", "start")).toEqual({ date: "2012-04-01", unit: "day" });
    expect(readTime("2012-04-01T23:59:59+01:00", "date", "start")).toEqual({ date: "2012-04-01", unit: "day" });
    expect(readTime("2012", "number", "start")).toEqual({ date: "2012-01-01", unit: "year" });
    expect(readTime("2012.0", "number", "end")).toEqual({ date: "2012-01-01", unit: "year" });
    expect(readTime("2012", "unstated", "end")).toEqual({ date: "2012-01-01", unit: "year" });
  });

  it("readTime refuses other numbers, non-dates, and a year where dates are declared, saying what to write", () => {
    expect(readTime("2.5", "number", "start")).toEqual({
      error: '"start" is 2.5, a time that cannot be placed on the calendar (this tool reads whole numbers from 1000 to 9999 as years)',
      fix: 'Write dates instead (timeformat="date", start="2012-04-01"), or whole years from 1000 to 9999',
    });
    expect(readTime("10000", "number", "end")).toMatchObject({ error: expect.stringMatching(/^"end" is 10000, a time that cannot/) });
    expect(readTime("2012-04-01", "number", "start")).toMatchObject({ error: '"start" is "2012-04-01", which is not a number although the graph\'s timeformat is a number' });
    expect(readTime("2012", "date", "start")).toMatchObject({ error: '"start" is "2012", which is not a date' });
    expect(readTime("2012-02-30", "date", "start")).toMatchObject({ error: '"start" is "2012-02-30", which is not a date' });
  });

  it("a closed end is included, so the model's exclusive end is the next day (or next 1 January for years)", () => {
    expect(toModelInterval({ start: "2012-01-01", end: "2012-12-31" }, "date")).toEqual({ start: "2012-01-01", end: "2013-01-01" });
    expect(toModelInterval({ start: "2012-02-28", end: "2012-02-28" }, "date")).toEqual({ start: "2012-02-28", end: "2012-02-29" });
    expect(toModelInterval({ start: "2010", end: "2012" }, "number")).toEqual({ start: "2010-01-01", end: "2013-01-01" });
    expect(toModelInterval({ end: "2012-05-31" }, "date")).toEqual({ end: "2012-06-01" });
    expect(toModelInterval({}, "date")).toEqual({});
  });

  it("startopen moves the start one step later; endopen keeps the end as the exclusive end", () => {
    expect(toModelInterval({ start: "2012-01-01", end: "2012-03-01", startOpen: true, endOpen: true }, "date")).toEqual({ start: "2012-01-02", end: "2012-03-01" });
    expect(toModelInterval({ start: "2010", end: "2012", startOpen: true, endOpen: true }, "number")).toEqual({ start: "2011-01-01", end: "2012-01-01" });
  });

  it("refuses an end before its start, and an open interval that holds no day, in the file's own words", () => {
    expect(toModelInterval({ start: "2012-06-01", end: "2012-01-01" }, "date")).toEqual([
      { error: "end 2012-01-01 is before start 2012-06-01", fix: "Swap the times, correct them, or leave end out if it has not ended" },
    ]);
    expect(toModelInterval({ start: "2012-06-01", end: "2012-06-01", endOpen: true }, "date")).toEqual([
      { error: "the interval from 2012-06-01 to 2012-06-01 holds no day (its open ends leave nothing between them)", fix: "Swap the times, correct them, or leave end out if it has not ended" },
    ]);
    expect(toModelInterval({ start: "x", end: "2.5" }, "unstated")).toHaveLength(2);
  });

  it("toGexfEnd is the day before the exclusive end, the inverse of a closed end", () => {
    expect(toGexfEnd("2013-01-01")).toBe("2012-12-31");
    expect(toModelInterval({ end: toGexfEnd("2012-03-01") }, "date")).toEqual({ end: "2012-03-01" });
  });

  it("hull spans all intervals (unbounded if any is); hasGap finds a day no interval holds", () => {
    const spells = [{ start: "2012-07-01", end: "2012-10-01" }, { start: "2012-01-01", end: "2012-04-01" }];
    expect(hull(spells)).toEqual({ start: "2012-01-01", end: "2012-10-01" });
    expect(hull([...spells, { start: "2013-01-01" }])).toEqual({ start: "2012-01-01" });
    expect(hasGap(spells)).toBe(true);
    expect(hasGap([{ start: "2012-01-01", end: "2012-05-01" }, { start: "2012-05-01" }])).toBe(false);
    expect(hasGap([{ end: "2012-05-01" }, { start: "2012-03-01", end: "2012-06-01" }])).toBe(false);
    expect(hasGap([{ start: "2012-01-01" }, { start: "2013-01-01", end: "2013-02-01" }])).toBe(false);
    expect(formatIntervals([{ start: "2012-01-01", end: "2012-04-01" }, { start: "2012-07-01" }])).toBe("[2012-01-01, 2012-04-01); [2012-07-01, …)");
  });
});
