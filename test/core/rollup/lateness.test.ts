import { daysLate, vietnamDate } from "../../../src/core/rollup/lateness";

describe("the day a report arrived, in Vietnam", () => {
  it.each([
    ["a day", "2026-01-15", "2026-01-15"],
    ["a file's clock in UTC, late evening in Vietnam", "2026-01-15T16:30:00.000Z", "2026-01-15"],
    ["a file's clock in UTC, past midnight in Vietnam", "2026-01-15T17:30:00Z", "2026-01-16"],
    ["a time with Vietnam's offset", "2026-01-15T23:30+07:00", "2026-01-15"],
    ["a time an officer typed, without a zone", "2026-01-15T23:30", "2026-01-15"],
    ["a typed time with a space", "2026-01-15 08:00", "2026-01-15"],
    ["no date", "hôm qua", null],
    ["a day that does not exist", "2026-02-30T10:00", null],
  ])("reads %s", (_, when, day) => {
    expect(vietnamDate(when)).toBe(day);
  });

  it("counts days after the due date, none when on time or unknown", () => {
    expect([
      daysLate("2026-01-20", "2026-01-15"),
      daysLate("2026-01-15", "2026-01-15"),
      daysLate(null, "2026-01-15"),
    ]).toEqual([5, null, null]);
  });
});
