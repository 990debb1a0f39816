import { planTexts, publishedPlan } from "../../helpers/fixtures";

describe("method sheet", () => {
  it("states the scheme, its source, the formula, the weights and the grade bands", () => {
    const { plan } = publishedPlan("yueyang-2017-q2-hotline-composite");
    const texts = planTexts(plan.sheets.find((s) => s.key === "method")!);
    expect(texts).toEqual(
      expect.arrayContaining([
        "12345热线综合评价",
        "1.0.0",
        "岳阳市12345公众服务热线2017年二季度综合评价情况通报",
        "综合指标值 = 30×办结率 + 30×按期办结率 + 20×(1 − 返工率) + 20×群众满意率",
        "(1 − x)",
        95,
        90,
        80,
        60,
      ]),
    );
  });

  it("gives BCI's named parts their definitions", () => {
    const { plan } = publishedPlan("jingzhou-2021-02-weibo-bci");
    const texts = planTexts(plan.sheets.find((s) => s.key === "method")!);
    expect(texts).toContain("BCI = 160 × (0.2×活跃度 W1 + 0.8×传播度 W2)");
    expect(texts).toContain("活跃度 W1 = 0.3×ln(发博数 + 1) + 0.7×ln(原创微博数 + 1)");
  });
});
