/**
 * The columns of a ranked sheet, in order: rank (and group rank), unit, category, the scheme's
 * measures (inputs, then as the scheme lists them), score, grade, notes. Every group's sheet has
 * the same columns, so formulas can address any of them by letter.
 */
import type { Measure } from "../schemes/scheme";
import { hasTexts } from "../score/coded-texts";
import { numberFormat, TEXT_FORMAT } from "./cells";
import type { ReportContext } from "./report-context";
import { word } from "./report-text";

export type RankedColumn =
  | { kind: "rank"; header: string; format: string }
  | { kind: "groupRank"; header: string; format: string }
  | { kind: "unit"; header: string; format: string }
  | { kind: "section"; header: string; format: string }
  | { kind: "measure"; header: string; format: string; measure: Measure }
  | { kind: "score"; header: string; format: string }
  | { kind: "grade"; header: string; format: string }
  | { kind: "previousRank"; header: string; format: string }
  | { kind: "movement"; header: string; format: string }
  | { kind: "previousGrade"; header: string; format: string }
  | { kind: "scoreChange"; header: string; format: string }
  | { kind: "gap"; header: string; format: string }
  | { kind: "note"; header: string; format: string };

export function rankedColumns(ctx: ReportContext, grouped: boolean): RankedColumn[] {
  const { lang, evaluation } = ctx;
  const { scheme, columns: figures } = evaluation;
  // Read from the columns: which columns the units fill, with no unit object made (#21).
  const hasGrades = hasTexts(figures.grade);
  const columns: RankedColumn[] = [];
  if (grouped) {
    columns.push({ kind: "groupRank", header: word(lang, "groupRank"), format: "0" });
    columns.push({ kind: "rank", header: word(lang, "overallRank"), format: "0" });
  } else {
    columns.push({ kind: "rank", header: word(lang, "rank"), format: "0" });
  }
  columns.push({ kind: "unit", header: word(lang, "unit"), format: TEXT_FORMAT });
  if (hasTexts(figures.section))
    columns.push({ kind: "section", header: word(lang, "section"), format: TEXT_FORMAT });
  for (const measure of scheme.measures) {
    if (!(figures.measures[measure.id] ?? []).some((v) => !Number.isNaN(v))) continue;
    columns.push({
      kind: "measure",
      header: measure.label[lang],
      format: numberFormat(measure.format, measure.precision),
      measure,
    });
  }
  if (scheme.index)
    columns.push({
      kind: "score",
      header: scheme.index.label[lang],
      format: numberFormat("number", scheme.index.precision),
    });
  if (hasGrades) columns.push({ kind: "grade", header: word(lang, "grade"), format: TEXT_FORMAT });
  if (ctx.comparison) {
    columns.push({ kind: "previousRank", header: word(lang, "previousRank"), format: "0" });
    columns.push({ kind: "movement", header: word(lang, "movement"), format: TEXT_FORMAT });
    if (hasGrades)
      columns.push({
        kind: "previousGrade",
        header: word(lang, "previousGrade"),
        format: TEXT_FORMAT,
      });
    if (scheme.index)
      columns.push({
        kind: "scoreChange",
        header: word(lang, "scoreChange"),
        format: `+${numberFormat("number", scheme.index.precision)};-${numberFormat("number", scheme.index.precision)};0`,
      });
  }
  // 距上一等级: what takes each unit to the next grade (or the margin it holds at the top).
  if (
    ctx.analysis?.kind === "done" &&
    (ctx.analysis.gaps.gradeEffects?.moves.length ?? 0) > 0 &&
    hasGrades
  )
    columns.push({ kind: "gap", header: word(lang, "gapToGrade"), format: TEXT_FORMAT });
  columns.push({ kind: "note", header: word(lang, "note"), format: TEXT_FORMAT });
  return uniqueHeaders(columns);
}

/**
 * An Excel table's column names must differ (ignoring case): a clerk's scheme may give two
 * measures one label, so the second becomes "label（2）".
 */
function uniqueHeaders(columns: RankedColumn[]): RankedColumn[] {
  const seen = new Map<string, number>();
  return columns.map((column) => {
    const key = column.header.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? column : { ...column, header: `${column.header}（${n}）` };
  });
}

/** Index of the column holding a measure id, "score", "grade", "unit" …; -1 when absent. */
export function columnOf(columns: readonly RankedColumn[], id: string): number {
  return columns.findIndex((c) =>
    c.kind === "measure" ? c.measure.id === id : (c.kind as string) === id,
  );
}
