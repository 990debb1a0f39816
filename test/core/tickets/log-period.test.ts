import { logPeriod } from "../../../src/core/tickets/log-period";

const t = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 1000;

describe("logPeriod", () => {
  it("names a month, a quarter, a run of months or a year", () => {
    expect(logPeriod({}, { firstTime: t(2022, 1, 1), lastTime: t(2022, 1, 31) })).toEqual({
      kind: "month",
      year: 2022,
      month: 1,
      days: 31,
    });
    expect(logPeriod({ from: "2017-04-01", to: "2017-06-30" }, {})).toEqual({
      kind: "quarter",
      year: 2017,
      quarter: 2,
      days: 91,
    });
    expect(logPeriod({}, { firstTime: t(2021, 1, 3), lastTime: t(2021, 2, 20) })).toEqual({
      kind: "months",
      year: 2021,
      from: 1,
      to: 2,
      days: 59,
    });
    expect(logPeriod({ from: "2020-01-01", to: "2020-12-31" }, {})?.kind).toBe("year");
  });

  it("prefers her days to the tickets' and has none across years", () => {
    expect(
      logPeriod(
        { from: "2022-01-01", to: "2022-01-31" },
        { firstTime: t(2021, 12, 31), lastTime: t(2022, 2, 3) },
      )?.kind,
    ).toBe("month");
    expect(logPeriod({}, { firstTime: t(2021, 12, 31), lastTime: t(2022, 1, 3) })).toBeUndefined();
  });
});
