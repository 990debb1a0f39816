import { publishedPlan } from "../../helpers/fixtures";

describe("charts sheet", () => {
  const { plan } = publishedPlan("yueyang-2017-q2-hotline-composite");
  const charts = plan.sheets.find((s) => s.key === "charts")!.charts;

  it("draws, per group, the score by unit (top 10 of a long list) and the grade distribution", () => {
    expect(charts.map((c) => c.title)).toEqual([
      "综合指标值排名（综合评价A类单位）：前10名",
      "等级分布（综合评价A类单位）",
      "综合指标值排名（综合评价B类单位）",
      "等级分布（综合评价B类单位）",
      "综合指标值排名（综合评价C类及以下单位）",
      "等级分布（综合评价C类及以下单位）",
    ]);
    expect(charts[0]).toMatchObject({ kind: "bar", firstCategoryOnTop: true });
    expect(charts[1]).toMatchObject({ kind: "column" });
  });
});
