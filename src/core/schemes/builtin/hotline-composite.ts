/**
 * 12345 hotline comprehensive evaluation (综合评价), schemes.md §1 — reproduces 82/82 printed rows
 * of the Yueyang 2017 Q2 bulletin.
 */
import type { SchemeInput } from "../scheme";
import { count, GROUP_FIELD, printed, SEQUENCE_FIELD, UNIT_FIELD } from "./common-fields";

export const hotlineComposite: SchemeInput = {
  id: "hotline-composite",
  version: "1.0.0",
  name: { zh: "12345热线综合评价", en: "12345 hotline comprehensive evaluation" },
  source: {
    zh: "岳阳市12345公众服务热线2017年二季度综合评价情况通报",
    en: "Yueyang 12345 public service hotline, comprehensive evaluation bulletin, 2017 Q2",
  },
  fields: [
    UNIT_FIELD,
    GROUP_FIELD,
    SEQUENCE_FIELD,
    count("due", "应办理数", "Tickets due", ["应办数", "应办件数", "应办理件数", "工单总数", "受理总数", "due"]),
    count("handled", "办理数", "Handled", ["已办理数", "办结数", "已办结数", "办理件数", "handled"]),
    count("late", "超期办理数", "Handled late", ["超期数", "超期办结数", "超期件数", "超期办理件数", "late"]),
    count("rework", "返工数", "Sent back", ["返工件数", "返工次数", "rework"]),
    count("dissatisfied", "抽查不满意数", "Dissatisfied in call-back", ["不满意数", "回访不满意数", "dissatisfied"], false),
    {
      id: "satisfactionRate",
      label: { zh: "群众满意率", en: "Satisfaction rate" },
      kind: "rate",
      required: true,
      synonyms: ["群众满意率", "满意率", "回访满意率", "satisfaction rate", "satisfaction"],
      whenBlank: {
        value: 1,
        note: { zh: "无回访，满意率按100%计", en: "no call-back: satisfaction counted as 100 %" },
      },
    },
    printed("printedCompletionRate", "completionRate", "办结率", "Completion rate (printed)", ["completion rate"]),
    printed("printedOnTimeRate", "onTimeRate", "按期办结率", "On-time rate (printed)", ["按时办结率", "on-time rate"]),
    printed("printedReworkRate", "reworkRate", "返工率", "Rework rate (printed)", ["rework rate"]),
    printed("printedScore", "score", "综合指标值", "Score (printed)", ["综合得分", "综合评分", "综合指数", "得分", "score"]),
    printed("printedGrade", "grade", "等级评价", "Grade (printed)", ["等级", "评价等级", "考核等级", "grade"]),
  ],
  measures: [
    { kind: "input", id: "due", label: { zh: "应办理数", en: "Tickets due" }, input: "due", format: "number", precision: 0 },
    { kind: "input", id: "handled", label: { zh: "办理数", en: "Handled" }, input: "handled", format: "number", precision: 0 },
    { kind: "input", id: "late", label: { zh: "超期办理数", en: "Handled late" }, input: "late", format: "number", precision: 0, direction: "lower" },
    { kind: "input", id: "rework", label: { zh: "返工数", en: "Sent back" }, input: "rework", format: "number", precision: 0, direction: "lower" },
    { kind: "input", id: "dissatisfied", label: { zh: "抽查不满意数", en: "Dissatisfied" }, input: "dissatisfied", format: "number", precision: 0, direction: "lower" },
    {
      kind: "ratio", id: "completionRate", label: { zh: "办结率", en: "Completion rate" }, symbol: "办理数 ÷ 应办理数",
      numerator: [{ input: "handled", sign: 1 }], denominator: "due", zeroPolicy: "error", format: "percent", precision: 2,
    },
    {
      kind: "ratio", id: "onTimeRate", label: { zh: "按期办结率", en: "On-time rate" }, symbol: "(办理数 − 超期办理数) ÷ 应办理数",
      numerator: [{ input: "handled", sign: 1 }, { input: "late", sign: -1 }], denominator: "due", zeroPolicy: "error", format: "percent", precision: 2,
    },
    {
      kind: "ratio", id: "reworkRate", label: { zh: "返工率", en: "Rework rate" }, symbol: "返工数 ÷ 应办理数",
      numerator: [{ input: "rework", sign: 1 }], denominator: "due", zeroPolicy: "zero", format: "percent", precision: 2, direction: "lower",
    },
    { kind: "input", id: "satisfactionRate", label: { zh: "群众满意率", en: "Satisfaction rate" }, input: "satisfactionRate", format: "percent", precision: 2 },
  ],
  index: {
    label: { zh: "综合指标值", en: "Composite score" },
    nodes: [
      { weight: 30, leaf: { value: "completionRate", transform: "identity" } },
      { weight: 30, leaf: { value: "onTimeRate", transform: "identity" } },
      { weight: 20, leaf: { value: "reworkRate", transform: "complement" } },
      { weight: 20, leaf: { value: "satisfactionRate", transform: "identity" } },
    ],
    precision: 1,
    formula: {
      zh: "综合指标值 = 30×办结率 + 30×按期办结率 + 20×(1 − 返工率) + 20×群众满意率",
      en: "score = 30·completion + 30·on-time + 20·(1 − rework) + 20·satisfaction",
    },
  },
  grades: [
    { min: 95, label: "A" },
    { min: 90, label: "B" },
    { min: 80, label: "C" },
    { min: 60, label: "D" },
    { label: "E" },
  ],
  ranking: { order: [{ key: "score", direction: "desc" }], method: "competition" },
  excludeWhenZero: "due",
  relations: [
    { lesser: "handled", greater: "due", code: "handled-exceeds-due" },
    { lesser: "late", greater: "handled", code: "late-exceeds-handled" },
    { lesser: "rework", greater: "due", code: "rework-exceeds-due" },
  ],
  flagZero: ["completionRate"],
};
