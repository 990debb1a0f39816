import { publishedPlan } from "../../helpers/fixtures";

describe("charts sheet", () => {
  const { plan } = publishedPlan("yueyang-2017-q2-hotline-composite");
  const charts = plan.sheets.find((s) => s.key === "charts")!.charts;

  it("draws, per group, the score by unit (top 10 of a long list) and the grade distribution", () => {
    expect(charts.map((c) => c.title)).toEqual([
      "综合指标值排名（综合评价A类单位）：前10名",
      "综合指标值后10名（综合评价A类单位）",
      "等级分布（综合评价A类单位）",
      "综合指标值排名（综合评价B类单位）",
      "等级分布（综合评价B类单位）",
      "综合指标值排名（综合评价C类及以下单位）",
      "等级分布（综合评价C类及以下单位）",
    ]);
    expect(charts[0]).toMatchObject({ kind: "bar", firstCategoryOnTop: true });
    expect(charts[2]).toMatchObject({ kind: "column" });
  });

  it("reads scores on an axis from just below the lowest shown, not from 0 to 120", () => {
    // The A class's top 10 are all 100.0 (published): 98 to 100. Its bottom 10 run from 97.3
    // (岳阳职业技术学院) to 98.4: span 1.1 → step 0.5, 96.5 to 98.5.
    expect(charts[0]?.axis).toEqual({ min: 98, max: 100 });
    expect(charts[1]?.axis).toEqual({ min: 96.5, max: 98.5 });
  });
});
