/** What `govrank report` prints when done: where the workbook is and the ranking at a glance. */
import type { ReportPlan } from "../core/report/plan";
import type { Evaluation } from "../core/score/evaluate";
import { firstByRank } from "../core/report/by-rank";
import { hasTexts } from "../core/score/coded-texts";
import { formatFixed } from "../core/score/format";
import { gradeCountsText, unitCountsText } from "../core/score/overall-words";
import { alignColumns } from "./text-width";

const SHOWN = 5;

export function reportSummary(output: string, plan: ReportPlan, evaluation: Evaluation): string {
  const zh = plan.lang === "zh";
  const { scheme, overall, columns, problems } = evaluation;
  const lines: string[] = [];
  lines.push(zh ? `已生成：${output}` : `Written: ${output}`);
  lines.push(
    (zh ? "工作表：" : "Sheets: ") + plan.sheets.map((s) => s.name).join(zh ? "、" : ", "),
  );
  lines.push(unitCountsText(overall, plan.lang));
  if (overall.grades.length > 0)
    lines.push((zh ? "等级：" : "Grades: ") + gradeCountsText(overall.grades, plan.lang));
  const toCheck = problems.filter((p) => p.severity !== "info").length;
  if (toCheck > 0)
    lines.push(
      zh
        ? `需要核对 ${toCheck} 处，见“问题清单”工作表。`
        : `${toCheck} items to check: see the Problems sheet.`,
    );
  const valueLabel = scheme.index?.label[plan.lang];
  const header = [zh ? "名次" : "Rank", zh ? "单位" : "Unit"];
  if (valueLabel) header.push(valueLabel);
  if (hasTexts(columns.grade)) header.push(zh ? "等级" : "Grade");
  // The first few by rank, ties in the list's order, picked from the rank column: only the
  // units shown are made as objects (a report of 10^6 units made all of them and sorted them, #21).
  const rows = firstByRank(columns.rank, SHOWN)
    .map((at) => evaluation.unitAt(at))
    .filter((u) => u.rank !== null)
    .map((u) => {
      const row = [String(u.rank), u.unit];
      if (valueLabel)
        row.push(u.score === null ? "" : formatFixed(u.score, scheme.index?.precision ?? 2));
      if (u.grade !== null) row.push(u.grade);
      return row;
    });
  lines.push("", zh ? `前${rows.length}名：` : `Top ${rows.length}:`);
  lines.push(alignColumns([header, ...rows]));
  return `${lines.join("\n")}\n`;
}
