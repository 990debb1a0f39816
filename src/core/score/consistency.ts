/**
 * Printed values checked against the counts. A bulletin's rate or score that disagrees with its
 * own counts at the printed precision is flagged with both values and the cells involved — the
 * tool says so rather than papering over it.
 */
import { problem, type Problem } from "../problems";
import type { Measure, Scheme } from "../schemes/scheme";
import type { SourceRow } from "../table/read-table";
import { roundHalfUp } from "../values/decimal-round";
import type { ParsedValue } from "../values/parse-cell";
import { formatFixed, formatPercent, numberFormat } from "./format";

export interface Computed {
  measures: Record<string, number | null>;
  score: number | null;
  grade: string | null;
  approximate: boolean;
}

/** "办理数 C11、超期办理数 E11、应办理数 B11": the cells a measure is computed from, by name. */
function inputCells(scheme: Scheme, m: Measure, row: SourceRow, lang: "zh" | "en"): string {
  const ids = m.kind === "ratio" ? [...m.numerator.map((t) => t.input), m.denominator] : [m.input];
  return ids
    .flatMap((id) => {
      const address = row.cells[id]?.address;
      const label = scheme.fields.find((f) => f.id === id)?.label[lang] ?? id;
      return address ? [`${label} ${address.slice(address.indexOf("!") + 1)}`] : [];
    })
    .join(lang === "zh" ? "、" : ", ");
}

export function checkPrinted(
  scheme: Scheme,
  row: SourceRow,
  printed: Record<string, ParsedValue>,
  computed: Computed,
): Problem[] {
  const problems: Problem[] = [];
  for (const field of scheme.fields) {
    if (field.kind !== "printed" || !field.checks) continue;
    const p = printed[field.id];
    const cell = row.cells[field.id]?.address;
    if (!p || p.kind === "blank") continue;
    if (field.checks === "grade") {
      const text =
        p.kind === "text" ? p.text.toUpperCase() : p.kind === "number" ? String(p.value) : "";
      if (computed.grade !== null && text !== computed.grade.toUpperCase()) {
        problems.push(
          problem(
            "warning",
            "inconsistent-grade",
            `${row.unit}：表中等级为 ${text}（${cell}），按计算的综合指标值应为 ${computed.grade}。`,
            `${row.unit}: the table prints grade ${text} (${cell}); the computed score gives ${computed.grade}.`,
            { cell, unit: row.unit, printed: text, recomputed: computed.grade },
          ),
        );
      }
      continue;
    }
    if (p.kind !== "number") continue;
    if (field.checks === "score") {
      const index = scheme.index;
      if (!index || computed.score === null || computed.approximate) continue;
      const printedScore = roundHalfUp(p.value, index.precision);
      const recomputed = roundHalfUp(computed.score, index.precision);
      if (printedScore !== recomputed) {
        problems.push(
          problem(
            "warning",
            "inconsistent-score",
            `${row.unit}：表中${index.label.zh}为 ${formatFixed(printedScore, index.precision)}（${cell}），按本行数据算得 ${formatFixed(recomputed, index.precision)}。请核对本行的数据或${index.label.zh}。`,
            `${row.unit}: the table prints ${index.label.en} ${formatFixed(printedScore, index.precision)} (${cell}); this row's data give ${formatFixed(recomputed, index.precision)}. Check the row.`,
            {
              cell,
              unit: row.unit,
              printed: printedScore,
              recomputed,
              valueFormat: numberFormat("number", index.precision),
            },
          ),
        );
      }
      continue;
    }
    const measure = scheme.measures.find((m) => m.id === field.checks);
    const value = measure ? computed.measures[measure.id] : null;
    if (!measure || value === null || value === undefined) continue;
    const scale = measure.format === "percent" ? 100 : 1;
    const asPrinted = roundHalfUp(
      (p.percent || measure.format !== "percent" || p.value <= 1 ? p.value : p.value / 100) * scale,
      measure.precision,
    );
    const recomputed = roundHalfUp(value * scale, measure.precision);
    if (asPrinted !== recomputed) {
      const show = (x: number) =>
        measure.format === "percent"
          ? formatPercent(x / 100, measure.precision)
          : formatFixed(x, measure.precision);
      problems.push(
        problem(
          "warning",
          "inconsistent-rate",
          `${row.unit}：表中${measure.label.zh}为 ${show(asPrinted)}（${cell}），按${inputCells(scheme, measure, row, "zh")}算得 ${show(recomputed)}。请核对这些单元格。`,
          `${row.unit}: the table prints ${measure.label.en} ${show(asPrinted)} (${cell}); ${inputCells(scheme, measure, row, "en")} give ${show(recomputed)}. Check them.`,
          {
            cell,
            unit: row.unit,
            printed: asPrinted / scale,
            recomputed: value,
            valueFormat: numberFormat(measure.format, measure.precision),
          },
        ),
      );
    }
  }
  return problems;
}
