/** A finished run in one or two sentences, as the result card and the ribbon's message say it. */
import type { LocalText } from "../core/schemes/scheme";
import { formatPercent } from "../core/score/format";
import type { Generated } from "./generate-report";

export function outcomeText(generated: Generated): LocalText {
  const { evaluation } = generated.run;
  const { overall } = evaluation;
  const grades = overall.grades.filter((g) => g.count > 0);
  const toCheck = evaluation.problems.filter((p) => p.severity !== "info").length;
  const sheet = generated.source.grid.sheet;
  const zhGrades = grades.length
    ? `；等级 ${grades.map((g) => `${g.label} ${g.count}（${formatPercent(g.share, 1)}）`).join("、")}`
    : "";
  const enGrades = grades.length
    ? `; grades ${grades.map((g) => `${g.label} ${g.count} (${formatPercent(g.share, 1)})`).join(", ")}`
    : "";
  return {
    zh:
      `已生成“${sheet}”的排名报告：参评单位 ${overall.scoredCount} 个${zhGrades}。` +
      (toCheck ? `需要核对 ${toCheck} 处，见“问题清单”。` : "未发现需要核对的问题。"),
    en:
      `The ranking report for “${sheet}” is written: ${overall.scoredCount} units ranked${enGrades}. ` +
      (toCheck ? `${toCheck} items to check: see the Problems sheet.` : "Nothing to check."),
  };
}
