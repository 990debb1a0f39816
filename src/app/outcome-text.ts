/** A finished run in one or two sentences, as the result card and the ribbon's message say it. */
import type { LocalText } from "../core/schemes/scheme";
import { gradeCountsText, unitsRankedText } from "../core/score/overall-words";
import type { Generated } from "./generate-report";

export function outcomeText(generated: Generated): LocalText {
  const { evaluation } = generated.run;
  const { overall } = evaluation;
  const grades = overall.grades.filter((g) => g.count > 0);
  const toCheck = evaluation.problems.filter((p) => p.severity !== "info").length;
  const sheet = generated.source.grid.sheet;
  const zhGrades = grades.length ? `；等级 ${gradeCountsText(grades, "zh")}` : "";
  const enGrades = grades.length ? `; grades ${gradeCountsText(grades, "en")}` : "";
  return {
    zh:
      `已生成“${sheet}”的排名报告：${unitsRankedText(overall.scoredCount, "zh")}${zhGrades}。` +
      (toCheck ? `需要核对 ${toCheck} 处，见“问题清单”。` : "未发现需要核对的问题。"),
    en:
      `The ranking report for “${sheet}” is written: ${unitsRankedText(overall.scoredCount, "en")}${enGrades}. ` +
      (toCheck ? `${toCheck} items to check: see the Problems sheet.` : "Nothing to check."),
  };
}
