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

describe("rankedColumns with a clerk's scheme that repeats a label", () => {
  it("keeps the Excel table's column names distinct: the second becomes 'label（2）'", () => {
    const { reading, evaluation } = publishedEvaluation("yueyang-2017-q2-hotline-composite");
    const scheme = {
      ...evaluation.scheme,
      measures: evaluation.scheme.measures.map((m) =>
        m.id === "onTimeRate" ? { ...m, label: { zh: "办结率", en: "Completion rate" } } : m,
      ),
    };
    const ctx: ReportContext = {
      lang: "zh",
      reading,
      evaluation: { ...evaluation, scheme },
      title: "t",
      top: 10,
      liveFormulas: false,
      charts: true,
    };
    const headers = rankedColumns(ctx, false).map((c) => c.header);
    expect(headers).toContain("办结率");
    expect(headers).toContain("办结率（2）");
    expect(new Set(headers.map((h) => h.toLowerCase())).size).toBe(headers.length);
  });
});
