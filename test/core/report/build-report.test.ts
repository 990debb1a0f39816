/** buildReport on a published table, the core alone: which sheets, in which order, stamped how. */
import { publishedPlan } from "../../helpers/fixtures";

describe("buildReport", () => {
  it("plans the summary, a ranking per group, the charts, the problems and the method", () => {
    const { plan } = publishedPlan("yueyang-2017-q2-hotline-composite");
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "汇总",
      "排名-综合评价A类单位",
      "排名-综合评价B类单位",
      "排名-综合评价C类及以下单位",
      "图表",
      "分析",
      "问题清单",
      "计算方法",
    ]);
    expect(plan.stamp).toMatchObject({
      schemeId: "hotline-composite",
      generatedAt: "2026-12-02T08:00:00.000Z",
    });
  });

  it("speaks English when asked, and leaves the charts out when asked", () => {
    const { plan } = publishedPlan("jingzhou-2021-02-weibo-bci", { lang: "en", charts: false });
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Ranking",
      "Analysis",
      "Problems",
      "Method",
    ]);
  });

  it("leaves the analysis out when asked, with its column", () => {
    const { plan } = publishedPlan("yueyang-2017-q2-hotline-composite", { analysis: "none" });
    expect(plan.sheets.map((s) => s.role)).not.toContain("analysis");
    const header = plan.sheets[1]?.rows[2]?.map((c) =>
      c?.value.kind === "text" ? c.value.text : "",
    );
    expect(header).not.toContain("距上一等级");
  });
});
