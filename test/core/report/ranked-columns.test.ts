import { rankedColumns } from "../../../src/core/report/ranked-columns";
import type { ReportContext } from "../../../src/core/report/report-context";
import { publishedEvaluation } from "../../helpers/fixtures";

describe("rankedColumns", () => {
  it("lays out the composite ranking: ranks, unit, inputs, rates, score, grade, note", () => {
    const { reading, evaluation } = publishedEvaluation("yueyang-2017-q2-hotline-composite");
    const ctx: ReportContext = {
      lang: "zh",
      reading,
      evaluation,
      title: "t",
      top: 10,
      liveFormulas: false,
      charts: true,
    };
    expect(rankedColumns(ctx, true).map((c) => c.header)).toEqual([
      "组内名次",
      "总名次",
      "单位",
      "应办理数",
      "办理数",
      "超期办理数",
      "返工数",
      "抽查不满意数",
      "办结率",
      "按期办结率",
      "返工率",
      "群众满意率",
      "综合指标值",
      "等级",
      "备注",
    ]);
    expect(rankedColumns(ctx, false)[0]?.kind).toBe("rank");
  });
});
