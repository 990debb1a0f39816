import { periodFromTitle, periodLabel } from "../../../src/core/table/period";

describe("periodFromTitle", () => {
  it("reads a month, a quarter and a year with their days", () => {
    expect(periodFromTitle("2021年2月荆州市政务微博榜单")).toEqual({
      kind: "month",
      year: 2021,
      month: 2,
      days: 28,
    });
    expect(periodFromTitle("2020年2月")?.days).toBe(29);
    // Q2 of 2017: April 30 + May 31 + June 30.
    expect(periodFromTitle("岳阳市12345公众服务热线2017年二季度综合评价情况通报")).toEqual({
      kind: "quarter",
      year: 2017,
      quarter: 2,
      days: 91,
    });
    expect(periodFromTitle("２０２０年第１季度")).toMatchObject({
      kind: "quarter",
      quarter: 1,
      days: 91,
    });
    expect(periodFromTitle("2024年度")).toEqual({ kind: "year", year: 2024, days: 366 });
    expect(periodFromTitle("某市政务新媒体榜单")).toBeUndefined();
    expect(periodFromTitle(undefined)).toBeUndefined();
  });

  it("names a period as the bulletins do", () => {
    expect(periodLabel({ kind: "quarter", year: 2017, quarter: 2, days: 91 }, "zh")).toBe(
      "2017年第二季度",
    );
    expect(periodLabel({ kind: "quarter", year: 2017, quarter: 2, days: 91 }, "en")).toBe(
      "2017 Q2",
    );
    expect(periodLabel({ kind: "month", year: 2021, month: 2, days: 28 }, "en")).toBe("2021-02");
    expect(periodLabel({ kind: "year", year: 2023, days: 365 }, "zh")).toBe("2023年");
  });
});

describe("periodFromTitle, ranges of months", () => {
  it("reads 1-2月 and 1月至2月 as January and February (59 days in 2021), 上半年 as 181", () => {
    expect(periodFromTitle("2021年1-2月政务微信榜")).toEqual({
      kind: "months",
      year: 2021,
      from: 1,
      to: 2,
      days: 59,
    });
    expect(periodFromTitle("2021年1月至2月")?.days).toBe(59);
    expect(periodFromTitle("2021年上半年")).toEqual({
      kind: "half",
      year: 2021,
      half: 1,
      days: 181,
    });
    expect(periodFromTitle("2020年下半年")?.days).toBe(184);
    expect(periodLabel({ kind: "months", year: 2021, from: 1, to: 2, days: 59 }, "zh")).toBe(
      "2021年1-2月",
    );
    expect(periodLabel({ kind: "half", year: 2021, half: 1, days: 181 }, "en")).toBe("2021 H1");
  });
});
