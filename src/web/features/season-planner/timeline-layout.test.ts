import { describe, expect, it } from "vitest";
import { dayNumber, timelineLayout } from "./timeline-layout.js";

const season = { start: "2027-03-15", end: "2027-06-14" };

describe("the calendar of a worker's season", () => {
  it("counts days in UTC, end dates included", () => {
    expect(dayNumber("2027-03-16") - dayNumber("2027-03-15")).toBe(1);
    // The night the clocks change in Europe is still one day.
    expect(dayNumber("2027-03-29") - dayNumber("2027-03-28")).toBe(1);
  });

  it("cuts the season into its months, clipped to the season, that fill it exactly", () => {
    const { months } = timelineLayout(season, []);
    expect(months.map((month) => month.firstDay)).toEqual(["2027-03-15", "2027-04-01", "2027-05-01", "2027-06-01"]);
    expect(months[0]?.start).toBe(0);
    expect(months.reduce((sum, month) => sum + month.size, 0)).toBeCloseTo(1, 10);
    // 92 days: March 15–31 is 17 of them.
    expect(months[0]?.size).toBeCloseTo(17 / 92, 10);
  });

  it("places each job where its dates are, and clips one that runs past the season", () => {
    const { jobs } = timelineLayout(season, [
      { startDate: "2027-03-15", endDate: "2027-03-24" },
      { startDate: "2027-06-01", endDate: "2027-07-31" },
    ]);
    expect(jobs[0]).toEqual({ start: 0, size: 10 / 92 });
    expect(jobs[1]?.start).toBeCloseTo(78 / 92, 10);
    expect((jobs[1]?.start ?? 0) + (jobs[1]?.size ?? 0)).toBeCloseTo(1, 10);
  });

  it("shows the idle days between consecutive jobs, whatever order they come in, and none between back-to-back jobs", () => {
    const { idle } = timelineLayout(season, [
      { startDate: "2027-05-01", endDate: "2027-05-31" },
      { startDate: "2027-03-15", endDate: "2027-04-20" },
      { startDate: "2027-06-01", endDate: "2027-06-14" },
    ]);
    expect(idle).toEqual([{ from: "2027-04-21", to: "2027-04-30", days: 10, start: 37 / 92, size: 10 / 92 }]);
  });
});
