/**
 * A clerk's own scheme (JSON, or from the task pane's form) checked before any use: the shape by
 * zod, then the references between its parts. Every finding is a sentence a clerk can act on,
 * naming the part of the scheme by its Chinese name.
 */
import type { z } from "zod";
import { validateGradeBands } from "../grade/grade";
import { problem, type Problem } from "../problems";
import { foldIndex, type IndexAlgebra, type IndexLeaf } from "./index-tree";
import { SchemeSchema, type Scheme } from "./scheme";

const PART_NAMES: Record<string, string> = {
  id: "方案编号",
  version: "版本",
  name: "方案名称",
  source: "依据（文号或通报）",
  fields: "输入列",
  measures: "指标",
  index: "综合指数",
  nodes: "权重项",
  weight: "权重",
  grades: "等级",
  min: "下限",
  label: "名称",
  ranking: "排名规则",
  order: "排序",
  method: "排名方式",
  synonyms: "表头同义词",
  kind: "类型",
  zh: "中文",
  en: "英文",
  precision: "小数位数",
  denominator: "分母",
  numerator: "分子",
  zeroPolicy: "分母为0时的处理",
  advice: "改进说法",
  words: "说法",
};

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === "number" ? `第${p + 1}项` : (PART_NAMES[String(p)] ?? String(p))))
    .join(" › ");
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.message === "advice-needs-n") return "要写上 {n}，代表需要改变的数量";
  switch (issue.code) {
    case "invalid_type":
      return /received undefined/.test(issue.message)
        ? "缺少这一项"
        : `类型不对，需要${issue.expected === "number" ? "数字" : issue.expected === "string" ? "文字" : issue.expected}`;
    case "too_small":
      return issue.origin === "array"
        ? `至少需要 ${String(issue.minimum)} 项`
        : issue.origin === "string"
          ? "不能为空"
          : `不能小于 ${String(issue.minimum)}`;
    case "too_big":
      return `不能大于 ${String(issue.maximum)}`;
    case "invalid_value":
      return `只能是：${issue.values.map(String).join("、")}`;
    case "invalid_format":
      return "格式不对：只能用英文字母、数字（和连字符），以字母开头";
    default:
      if (issue.message === "id-reserved") return "这个编号是保留字（如 constructor），请换一个";
      return issue.message === "leaf-or-children"
        ? "每个权重项要么是一个指标，要么包含下级权重项"
        : issue.message;
  }
}

/** Every leaf of the index: the value it reads, and the input it divides by, if any. */
const leavesAlgebra: IndexAlgebra<IndexLeaf[]> = {
  leaf: (leaf) => [leaf],
  sum: (parts) => parts.flatMap((p) => p.value),
};

export type SchemeValidation = { ok: true; scheme: Scheme } | { ok: false; problems: Problem[] };

export function validateScheme(input: unknown): SchemeValidation {
  const parsed = SchemeSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const where = describePath(issue.path);
        return problem(
          "error",
          "invalid-scheme",
          `方案中“${where || "整体"}”${issueText(issue)}。`,
          `Scheme ${issue.path.join(".") || "(root)"}: ${issue.message}.`,
        );
      }),
    };
  }
  const scheme = parsed.data;
  const problems: Problem[] = [];
  const bad = (zh: string, en: string) => problems.push(problem("error", "invalid-scheme", zh, en));
  const fieldIds = new Set(scheme.fields.map((f) => f.id));
  const measureIds = new Set(scheme.measures.map((m) => m.id));
  if (!scheme.fields.some((f) => f.kind === "unit"))
    bad("方案没有“单位名称”列（类型为 unit 的输入列）。", "The scheme has no unit field.");
  for (const m of scheme.measures) {
    const inputs =
      m.kind === "input" ? [m.input] : [...m.numerator.map((t) => t.input), m.denominator];
    for (const id of inputs)
      if (!fieldIds.has(id))
        bad(
          `指标“${m.label.zh}”用到的输入列“${id}”在方案中不存在。`,
          `Measure ${m.id} uses input ${id}, which the scheme does not define.`,
        );
  }
  const leaves = scheme.index ? foldIndex(scheme.index, leavesAlgebra) : [];
  for (const leaf of leaves) {
    const per = leaf.per && leaf.per !== "day" ? leaf.per.input : undefined;
    if (!measureIds.has(leaf.value) && !fieldIds.has(leaf.value))
      bad(
        `综合指数用到的“${leaf.value}”既不是指标也不是输入列。`,
        `The index uses ${leaf.value}, which is neither a measure nor an input.`,
      );
    if (per && !fieldIds.has(per))
      bad(
        `综合指数按“${per}”平均，但方案中没有这一列。`,
        `The index divides by ${per}, which the scheme does not define.`,
      );
  }
  for (const key of scheme.ranking.order) {
    if (key.key !== "score" && !measureIds.has(key.key))
      bad(
        `排序依据“${key.key}”不是方案中的指标。`,
        `Sort key ${key.key} is not a measure of the scheme.`,
      );
    if (key.key === "score" && !scheme.index)
      bad(
        "按综合指数排序，但方案没有定义综合指数。",
        "Ranking by score, but the scheme has no index.",
      );
  }
  if (scheme.grades) {
    const check = validateGradeBands(scheme.grades);
    if ("error" in check) bad(`等级设置有误：${check.error}。`, `Grade bands: ${check.error}.`);
  }
  const roles = scheme.bulletin;
  if (roles.volume !== undefined && !fieldIds.has(roles.volume))
    bad(
      `通报按“${roles.volume}”列举工作量，但方案中没有这一列。`,
      `The bulletin's volume ${roles.volume} is not an input of the scheme.`,
    );
  if (roles.satisfaction !== undefined && !measureIds.has(roles.satisfaction))
    bad(
      `通报的群众满意指标“${roles.satisfaction}”不是方案的指标。`,
      `The bulletin's satisfaction measure ${roles.satisfaction} is not a measure of the scheme.`,
    );
  if (roles.lowFrom !== undefined && !(scheme.grades ?? []).some((b) => b.label === roles.lowFrom))
    bad(
      `通报的“${roles.lowFrom}类及以下”不是方案的等级。`,
      `The bulletin's lowest grades start at ${roles.lowFrom}, which is not a grade of the scheme.`,
    );
  for (const advice of scheme.advice)
    if (!fieldIds.has(advice.input))
      bad(
        `改进说法“${advice.words.zh}”对应的输入列“${advice.input}”在方案中不存在。`,
        `Advice words for ${advice.input}: the scheme has no such input.`,
      );
  return problems.length ? { ok: false, problems } : { ok: true, scheme };
}
