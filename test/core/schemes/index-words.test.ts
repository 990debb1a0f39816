import { builtinScheme } from "../../../src/core/schemes/builtin";
import { formulaDefinitions, formulaText } from "../../../src/core/schemes/index-words";
import type { Scheme } from "../../../src/core/schemes/scheme";

const scheme = (id: string): Scheme => {
  const s = builtinScheme(id);
  if (!s) throw new Error(id);
  return s;
};

describe("formulaText", () => {
  it("writes a flat tree as the bulletin does", () => {
    expect(formulaText(scheme("hotline-composite"), "zh")).toBe(
      "综合指标值 = 30×办结率 + 30×按期办结率 + 20×(1 − 返工率) + 20×群众满意率",
    );
    expect(formulaText(scheme("hotline-composite"), "en")).toBe(
      "Composite score = 30×Completion rate + 30×On-time rate + 20×(1 − Rework rate) + 20×Satisfaction rate",
    );
  });

  it("names the inner nodes and puts a scale without a power in front of the sum", () => {
    expect(formulaText(scheme("weibo-bci"), "zh")).toBe(
      "BCI = 160 × (0.2×活跃度 W1 + 0.8×传播度 W2)",
    );
    expect(formulaDefinitions(scheme("weibo-bci"), "zh")).toEqual([
      "活跃度 W1 = 0.3×ln(发博数 + 1) + 0.7×ln(原创微博数 + 1)",
      "传播度 W2 = 0.2×ln(转发数 + 1) + 0.2×ln(评论数 + 1) + 0.25×ln(原创转发 + 1) + 0.25×ln(原创评论 + 1) + 0.1×ln(总点赞数 + 1)",
    ]);
  });

  it("writes per-day and per-article leaves and a squared, scaled sum (WCI)", () => {
    expect(formulaText(scheme("wechat-wci"), "zh")).toBe(
      "WCI = (0.6×整体传播力 O + 0.2×篇均传播力 A + 0.1×头条传播力 H + 0.1×峰值传播力 P)^2 × 12",
    );
    const [overall, perArticle] = formulaDefinitions(scheme("wechat-wci"), "zh");
    expect(overall).toBe(
      "整体传播力 O = 0.85×ln(阅读总数/天数 + 1) + 0.09×ln(10·在看总数/天数 + 1) + 0.06×ln(10·点赞数/天数 + 1)",
    );
    expect(perArticle).toContain("0.85×ln(阅读总数/文章总数 + 1)");
  });

  it("is empty for a scheme without an index (the monthly table ranks by volume)", () => {
    expect(formulaText(scheme("hotline-monthly"), "zh")).toBe("");
    expect(formulaDefinitions(scheme("hotline-monthly"), "zh")).toEqual([]);
  });
});
